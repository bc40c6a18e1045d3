// Search box: finds people (name, title, organisation) and organisations in the loaded map and jumps
// to them; in a level-of-detail map the server's search adds the people folded into clusters, and
// jumping to one opens their cluster. Keyboard: arrows move through the results, Enter jumps, Escape closes.
import { api } from './api.js';
import { $, h, fill, debounce } from './dom.js';
import { t, label } from './i18n.js';
import { people, current } from './state.js';

const MAX = 12;

function normal(s) {
  return String(s ?? '').toLocaleLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

export function initSearch(app) {
  const input = $('search');
  const list = $('search-results');
  let results = [];
  let active = -1;

  function find(q) {
    const needle = normal(q.trim());
    if (!needle) return [];
    const scored = [];
    for (const p of people()) {
      const name = normal(p.name);
      const score = name.startsWith(needle) ? 0 : name.includes(needle) ? 1
        : normal(p.title).includes(needle) || normal(p.orgName).includes(needle) || normal(p.externalId) === needle ? 2 : -1;
      if (score >= 0) scored.push({ score, type: 'person', id: p.id, name: p.name, sub: [p.title, p.orgName].filter(Boolean).join(' · ') });
    }
    for (const o of app.state.graph?.orgs ?? []) {
      const name = normal(o.name);
      if (name.includes(needle)) scored.push({ score: name.startsWith(needle) ? 1.5 : 2.5, type: 'org', id: o.id, name: o.name, sub: `${label('orgKind', o.kind)} · ${t('search.members', { n: o.members ?? 0 })}` });
    }
    return scored.sort((a, b) => a.score - b.score || String(a.name).localeCompare(String(b.name))).slice(0, MAX);
  }

  function render() {
    const open = input.value.trim().length > 0;
    fill(list, results.length
      ? results.map((r, i) => h('li', {
        role: 'option', id: `search-opt-${i}`, 'aria-selected': String(i === active), dataset: { id: r.id, type: r.type },
        onmousedown: (e) => {
          e.preventDefault();
          choose(i);
        },
      }, h('span', { text: r.name }), h('small', { text: r.type === 'org' ? `${t('search.org')} · ${r.sub}` : r.sub })))
      : h('li', { class: 'muted', 'aria-disabled': 'true', text: t('search.none') }));
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  /** People the loaded level-of-detail map does not show yet, from the server's full-text search. */
  const searchFolded = debounce(async () => {
    const q = input.value;
    if (!app.state.graph?.lod || !q.trim()) return;
    const load = app.state.accountLoad;
    let hits;
    try {
      hits = await api.search(app.state.accountId, q.trim());
    } catch {
      return; // the local results stay
    }
    if (input.value !== q || !current(load)) return;
    const known = new Set(results.map((r) => r.id));
    const folded = hits.filter((x) => x.type === 'person' && !known.has(x.id))
      .map((x) => ({ score: 3, type: 'person', id: x.id, name: x.name, sub: [x.title, t('lod.folded')].filter(Boolean).join(' · ') }));
    if (!folded.length) return;
    results = [...results, ...folded].slice(0, MAX);
    if (active < 0) active = 0;
    render();
  }, 150);

  async function choose(i) {
    const r = results[i];
    if (!r) return;
    close();
    input.value = r.name;
    if (r.type === 'person') {
      await app.showPerson(r.id);
    } else {
      if (app.state.graph?.lod && app.map.clusterOf(r.id)) await app.expandOrg(r.id);
      const orgs = app.map.orgAndDescendants(r.id);
      const members = people().filter((p) => (p.orgIds ?? []).some((o) => orgs.has(o))).map((p) => p.id);
      app.highlight(`org:${r.id}`, { nodes: members });
    }
  }

  input.addEventListener('input', () => {
    results = find(input.value);
    active = results.length ? 0 : -1;
    render();
    searchFolded();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && results.length) active = (active + 1) % results.length;
    else if (e.key === 'ArrowUp' && results.length) active = (active + results.length - 1) % results.length;
    else if (e.key === 'Enter') {
      if (active >= 0) choose(active);
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        close();
        e.stopPropagation();
      } else {
        input.value = '';
      }
      return;
    } else return;
    e.preventDefault();
    if (!list.hidden) render();
  });
  input.addEventListener('blur', () => setTimeout(() => {
    if (document.activeElement !== input) close();
  }, 150));
}
