// Filters panel: organisation, decision role, stance, tie kind, minimum strength; and focus controls.
import { $, h, fill, refill, option, svg } from './dom.js';
import { t, label } from './i18n.js';
import { defaultFilters } from './state.js';
import { ROLES, STANCES, TIE_KINDS, KIND_STYLE, SHAPES } from './style.js';
import { stanceIcon, shapeIcon } from './legend.js';

export function initFilters(app) {
  const panel = $('panel-filters');
  const { state } = app;
  let countEl = null;
  let last = { shown: 0, total: 0 };

  function orgOptions() {
    const orgs = state.graph?.orgs ?? [];
    const children = new Map();
    for (const o of orgs) {
      const key = o.parentId && orgs.some((p) => p.id === o.parentId) ? o.parentId : '';
      if (!children.has(key)) children.set(key, []);
      children.get(key).push(o);
    }
    const out = [option('', t('filters.allOrgs'))];
    const walk = (parent, depth) => {
      for (const o of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name))) {
        out.push(option(o.id, `${'\u2003'.repeat(depth)}${o.name}`, o.id === state.filters.orgId));
        walk(o.id, depth + 1);
      }
    };
    walk('', 0);
    return out;
  }

  function checkGroup(legendKey, values, selected, group, iconFor, name) {
    return h('fieldset', null,
      h('legend', { text: t(legendKey) }),
      h('div', { class: 'checks' }, values.map((v) => h('label', null,
        h('input', {
          type: 'checkbox', name, value: v, checked: selected.has(v),
          onchange: (e) => {
            if (e.target.checked) selected.add(v);
            else selected.delete(v);
            app.applyFilters();
          },
        }),
        iconFor ? iconFor(v) : null,
        h('span', { text: label(group, v) })))),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'link', text: t('filters.all'), onclick: () => setAll(selected, values, true) }),
        h('button', { type: 'button', class: 'link', text: t('filters.none'), onclick: () => setAll(selected, values, false) })));
  }

  function setAll(set, values, on) {
    for (const v of values) {
      if (on) set.add(v);
      else set.delete(v);
    }
    render();
    app.applyFilters();
  }

  const kindIcon = (k) => svg('svg', { width: 22, height: 8, viewBox: '0 0 22 8', 'aria-hidden': 'true' },
    svg('line', { x1: 0, y1: 4, x2: 22, y2: 4, stroke: KIND_STYLE[k].color, 'stroke-width': 2.5, 'stroke-dasharray': KIND_STYLE[k].dash?.map((d) => d * 0.6).join(' ') }));

  function render() {
    const f = state.filters;
    const strengthOut = h('output', { id: 'min-strength-value', text: String(f.minStrength) });
    countEl = h('p', { class: 'count', id: 'filter-count', 'aria-live': 'polite' });
    refill(panel,
      countEl,
      h('label', { class: 'row' }, h('span', { text: t('filters.org') }),
        h('select', { id: 'filter-org', class: 'wide', onchange: (e) => { f.orgId = e.target.value; app.applyFilters(); } }, orgOptions())),
      checkGroup('filters.roles', ROLES, f.roles, 'role', (r) => shapeIcon(SHAPES[r]), 'role'),
      checkGroup('filters.stances', STANCES, f.stances, 'stance', (s) => stanceIcon(s, 14), 'stance'),
      checkGroup('filters.kinds', TIE_KINDS, f.kinds, 'kind', kindIcon, 'kind'),
      h('label', { class: 'row' }, h('span', { text: t('filters.minStrength') }),
        h('input', {
          id: 'filter-strength', type: 'range', min: '1', max: '3', step: '1', value: String(f.minStrength),
          oninput: (e) => {
            f.minStrength = Number(e.target.value);
            strengthOut.textContent = String(f.minStrength);
            app.applyFilters();
          },
        }), strengthOut),
      h('div', { class: 'row' },
        h('button', { type: 'button', id: 'filters-reset', text: t('filters.reset'), onclick: () => { state.filters = defaultFilters(); render(); app.applyFilters(); } })),
      h('h3', { text: t('focus.title') }),
      h('p', { class: 'muted', text: state.selectedId ? t('focus.hint', { name: app.map.personData(state.selectedId)?.name ?? '' }) : t('focus.pick') }),
      h('div', { class: 'row' },
        h('button', { type: 'button', id: 'focus-1', text: t('focus.depth1'), disabled: !state.selectedId, onclick: () => app.setFocus(state.selectedId, 1) }),
        h('button', { type: 'button', id: 'focus-2', text: t('focus.depth2'), disabled: !state.selectedId, onclick: () => app.setFocus(state.selectedId, 2) }),
        h('button', { type: 'button', id: 'focus-clear', text: t('focus.clear'), onclick: () => app.clearEmphasis() })));
    renderCount(last);
  }

  function renderCount({ shown, total }) {
    last = { shown, total };
    if (countEl) countEl.textContent = t('filters.count', { shown, total });
  }

  return { render, renderCount };
}
