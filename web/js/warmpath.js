// Warm path: one of our staff, a target person, k paths; each is listed and can be shown on the map.
import { api } from './api.js';
import { $, h, fill, refill, option } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { peopleByName, current } from './state.js';

let results = null; // {staffId, targetId, paths}
let accountOfStaff = null;
let staffError = null;

/** Answers false when another account was opened meanwhile (its own call draws the panel). */
async function ensureStaff(app) {
  const { state } = app;
  if (state.staff && accountOfStaff === state.accountId) return true;
  const load = state.accountLoad;
  accountOfStaff = state.accountId;
  let staff = [];
  let error = null;
  try {
    staff = await api.staff(state.accountId);
  } catch (e) {
    error = e;
  }
  if (!current(load)) return false;
  state.staff = staff;
  staffError = error;
  return true;
}

function pathKey(i) {
  return `path:${i}`;
}

function showPath(app, i) {
  const p = results.paths[i];
  const persons = p.nodes.filter((n) => n.type !== 'staff').map((n) => n.id);
  const pairs = [];
  for (let j = 1; j < persons.length; j++) pairs.push([persons[j - 1], persons[j]]);
  app.highlight(pathKey(i), { nodes: persons, pairs, root: results.targetId });
  render(app);
}

export async function renderPaths(app, { keepResults = true } = {}) {
  if (!keepResults) results = null;
  const panel = $('panel-paths');
  if (panel.hidden) {
    // Drawn when its tab opens (showTab); meanwhile nothing is asked of the server.
    if (!keepResults) fill(panel);
    return;
  }
  if (await ensureStaff(app)) render(app);
}

function render(app) {
  const { state } = app;
  const panel = $('panel-paths');
  const staff = state.staff ?? [];
  const prevStaff = $('path-staff')?.value;
  const prevTarget = $('path-target')?.value;
  const prevK = $('path-k')?.value ?? '3';
  const staffSel = h('select', { id: 'path-staff', class: 'wide' },
    staff.map((s) => option(s.id, s.title ? `${s.name} · ${s.title}` : s.name, s.id === (results?.staffId ?? prevStaff))));
  const target = state.pathTarget ?? results?.targetId ?? (prevTarget || state.selectedId || '');
  state.pathTarget = null;
  const targetSel = h('select', { id: 'path-target', class: 'wide' },
    option('', t('paths.pickTarget')), peopleByName().map((p) => option(p.id, p.name, p.id === target)));
  const kSel = h('select', { id: 'path-k' }, [1, 2, 3, 4, 5].map((k) => option(String(k), String(k), String(k) === prevK)));
  const out = h('div', { id: 'path-results', 'aria-live': 'polite' });
  if (results) renderResults(app, out); // before the panel is redrawn, so a focused path button gets the focus back
  refill(panel,
    h('p', { class: 'muted', text: t('paths.intro') }),
    staffError ? h('p', { class: 'muted', text: t('paths.noStaff') }) : null,
    h('label', { class: 'row' }, h('span', { text: t('paths.from') }), staffSel),
    h('label', { class: 'row' }, h('span', { text: t('paths.to') }), targetSel),
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'link', text: t('paths.useSelected'), disabled: !state.selectedId, onclick: () => { targetSel.value = state.selectedId; } })),
    h('label', { class: 'row' }, h('span', { text: t('paths.k') }), kSel),
    h('div', { class: 'row' }, h('button', {
      type: 'button', id: 'path-find', class: 'primary', text: t('paths.find'), disabled: !staff.length,
      onclick: () => find(app, staffSel.value, targetSel.value, Number(kSel.value), out),
    })),
    out);
}

async function find(app, staffId, targetId, k, out) {
  if (!staffId || !targetId) {
    fill(out, h('p', { class: 'muted', text: t('paths.pickBoth') }));
    return;
  }
  fill(out, h('p', { class: 'muted', text: t('common.loading') }));
  try {
    const r = await api.paths(app.state.accountId, staffId, targetId, k);
    results = { staffId, targetId, paths: r.paths ?? [] };
    if (results.paths.length) showPath(app, 0);
    else render(app);
  } catch (e) {
    results = null;
    fill(out, h('p', { class: 'muted', text: e.status === 404 && !e.problem?.detail ? t('paths.unavailable') : t('error.generic', { detail: e.message }) }));
  }
}

function renderResults(app, out) {
  if (!results.paths.length) {
    fill(out, h('p', { class: 'muted', text: t('paths.none') }));
    return;
  }
  fill(out, h('h3', { text: t('paths.results', { n: results.paths.length }) }),
    h('ol', { class: 'items' }, results.paths.map((p, i) => h('li', null, h('button', {
      type: 'button', 'aria-pressed': String(app.state.emphasis === pathKey(i)), dataset: { path: String(i) },
      onclick: () => (app.state.emphasis === pathKey(i) ? app.clearEmphasis() : showPath(app, i)),
    }, h('span', { text: `${i + 1}. ${p.nodes.map((n) => n.name).join(' → ')}` }),
    h('small', { text: `${t('paths.cost', { cost: formatNumber(p.cost, 2), steps: p.nodes.length - 1 })}${p.risky ? ` · ⚠ ${t('paths.risky')}` : ''}` }))))));
}
