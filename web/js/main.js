// Entry point: wires the header, the map and the panels, and owns loading and reloading.
import { api } from './api.js';
import { $, h, fill, option, debounce } from './dom.js';
import { t, label, setLanguage, initialLanguage, onLanguage, LANGUAGES, applyTo } from './i18n.js';
import { state, defaultFilters } from './state.js';
import { MapView } from './map.js';
import { renderLegend } from './legend.js';
import { initFilters } from './filters.js';
import { initSearch } from './search.js';
import { showPersonCard, showEdgeCard, hideCard, refreshCard } from './card.js';
import { renderAnalysis } from './analysis.js';
import { renderPaths } from './warmpath.js';
import { renderOverview } from './overview.js';
import { openPersonDialog, openTieDialog, openHelp } from './editor.js';
import { initExportMenu } from './mapimage.js';

const ACCOUNT_KEY = 'powermap.account';
const LEGEND_KEY = 'powermap.legend';
const VIEW_KEY = 'powermap.view';
let busy = 0;
let loadToken = 0;

const hook = { cy: null, state, busy: 0, renders: 0, lastLayoutMs: 0, errors: [] };
window.powermap = hook;
document.addEventListener('securitypolicyviolation', (e) => hook.errors.push(`CSP ${e.violatedDirective} ${e.blockedURI}`));

function setBusy(delta) {
  busy += delta;
  hook.busy = busy;
  document.documentElement.dataset.busy = String(busy);
}

// ----- notices -----

export function toast(message, kind = 'info', ms = 4500) {
  const box = h('div', { class: kind === 'error' ? 'error' : '', role: kind === 'error' ? 'alert' : null, text: message });
  $('toast').append(box);
  setTimeout(() => box.remove(), ms);
}

function setMapStatus(text) {
  $('map-status').textContent = text;
}

// ----- the map and the app context the panels use -----

const map = new MapView($('map'), {
  onSelect: (id) => selectPerson(id, { center: false }),
  onEdge: (data) => selectEdge(data),
  onBackground: () => clearSelection(),
  onDragged: () => savePositions(),
  onHover: (data, pos, height) => showTooltip(data, pos, height),
});

export const app = {
  state,
  map,
  toast,
  selectPerson,
  selectEdge,
  clearSelection,
  reload: (opts) => loadMap({ keepPositions: true, ...opts }),
  applyFilters,
  setFocus,
  clearEmphasis,
  showTab,
  refreshPanels,
};

function selectPerson(id, { center = true } = {}) {
  if (!map.personData(id)) return;
  state.selectedId = id;
  state.selectedEdgeId = null;
  map.select(id, { center });
  showPersonCard(app, id);
  filtersPanel.render();
}

function selectEdge(data) {
  state.selectedId = null;
  state.selectedEdgeId = data.id;
  showEdgeCard(app, data);
}

function clearSelection() {
  state.selectedId = null;
  state.selectedEdgeId = null;
  map.unselect();
  hideCard();
  filtersPanel.render();
}

function setFocus(id, depth) {
  state.focus = { id, depth };
  state.emphasis = null;
  const n = map.focus(id, depth);
  setMapStatus(t('map.focused', { name: map.personData(id)?.name ?? '', depth, n }));
  renderAnalysis(app);
}

function clearEmphasis() {
  state.focus = null;
  state.emphasis = null;
  map.clearEmphasis();
  updateCount();
  renderAnalysis(app);
  renderPaths(app, { keepResults: true });
}

let filterCount = { shown: 0, total: 0 };
function applyFilters() {
  filterCount = map.applyFilters(state.filters);
  updateCount();
  filtersPanel.renderCount(filterCount);
}

function updateCount() {
  setMapStatus(t('map.count', { shown: filterCount.shown, total: filterCount.total, ties: state.graph?.elements.edges.length ?? 0 }));
}

const savePositions = debounce(async () => {
  if (!state.accountId) return;
  try {
    await api.savePositions(state.accountId, state.view, map.positions());
    setMapStatus(t('map.layoutSaved'));
  } catch (e) {
    toast(t('error.savePositions', { detail: e.message }), 'error');
  }
}, 600);

function showTooltip(data, pos, height) {
  const tip = $('tooltip');
  if (!data) {
    tip.hidden = true;
    return;
  }
  fill(tip, h('strong', { text: data.name }), h('small', { text: data.title ?? '' }),
    h('small', { text: `${label('role', data.decisionRole)} · ${label('stance', data.stance)}` }));
  tip.hidden = false;
  tip.style.left = `${Math.round(pos.x + 14)}px`;
  tip.style.top = `${Math.round(pos.y + height / 2 + 4)}px`;
}

// ----- loading -----

async function loadAccounts() {
  state.accounts = await api.accounts();
  const picker = $('account');
  fill(picker, state.accounts.map((a) => option(a.id, a.name)));
  if (!state.accounts.length) {
    setMapStatus(t('account.none'));
    renderOverview(app);
    return;
  }
  let wanted = null;
  try {
    wanted = localStorage.getItem(ACCOUNT_KEY);
  } catch {
    wanted = null;
  }
  const first = state.accounts.find((a) => a.id === wanted) ?? state.accounts[0];
  picker.value = first.id;
  await loadAccount(first.id);
}

async function loadAccount(id) {
  setBusy(1);
  try {
    state.accountId = id;
    try {
      localStorage.setItem(ACCOUNT_KEY, id);
    } catch {
      // not remembered in private mode
    }
    state.account = await api.account(id);
    state.staff = null;
    state.opportunityId = '';
    state.filters = defaultFilters();
    state.selectedId = null;
    state.focus = null;
    state.emphasis = null;
    hideCard();
    fillOpportunities();
    await loadMap({ keepPositions: false });
  } catch (e) {
    toast(t('error.load', { detail: e.message }), 'error');
  } finally {
    setBusy(-1);
  }
}

function fillOpportunities() {
  const sel = $('opportunity');
  const opps = state.account?.opportunityList ?? [];
  fill(sel, option('', t('opportunity.all')), opps.map((o) => option(o.id, `${o.name} · ${label('stage', o.stage)}`)));
  sel.value = state.opportunityId;
  sel.disabled = opps.length === 0;
}

/** Fetches the graph and analysis of the account (and opportunity) and draws them. */
async function loadMap({ keepPositions }) {
  const token = ++loadToken;
  setBusy(1);
  setMapStatus(t('map.loading'));
  try {
    const id = state.accountId;
    const kept = keepPositions && map.cy ? map.positions() : null;
    const [graph, analysis, saved] = await Promise.all([
      api.graph(id, 'all', state.opportunityId || undefined),
      api.analysis(id, state.opportunityId || undefined).then((a) => {
        state.analysisError = null;
        return a;
      }, (e) => {
        state.analysisError = e;
        return null;
      }),
      kept ? Promise.resolve(kept) : savedPositions(id, state.view),
    ]);
    if (token !== loadToken) return;
    state.graph = graph;
    state.analysis = analysis;
    await drawMap(saved);
  } catch (e) {
    if (token === loadToken) {
      setMapStatus(t('error.load', { detail: e.message }));
      toast(t('error.load', { detail: e.message }), 'error');
    }
  } finally {
    setBusy(-1);
  }
}

async function savedPositions(id, view) {
  try {
    return (await api.positions(id, view)).positions ?? {};
  } catch {
    return {};
  }
}

async function drawMap(positions) {
  hook.lastLayoutMs = await map.render({ graph: state.graph, analysis: state.analysis, view: state.view, positions });
  hook.cy = map.cy;
  hook.timings = map.timings;
  hook.renders++;
  if (hook.renders === 1) performance.mark('powermap:first-render');
  applyFilters();
  if (state.selectedId && map.personData(state.selectedId)) {
    map.select(state.selectedId, { center: false });
    refreshCard(app);
  } else if (state.selectedId) {
    clearSelection();
  }
  if (state.focus && map.personData(state.focus.id)) map.focus(state.focus.id, state.focus.depth);
  refreshPanels();
}

function refreshPanels() {
  renderOverview(app);
  filtersPanel.render();
  renderAnalysis(app);
  renderPaths(app, { keepResults: false });
}

async function switchView(view) {
  if (view === state.view) return;
  savePositions.flush();
  state.view = view;
  try {
    localStorage.setItem(VIEW_KEY, view);
  } catch {
    // not remembered
  }
  updateViewButtons();
  if (!state.graph) return;
  setBusy(1);
  try {
    await drawMap(await savedPositions(state.accountId, view));
  } finally {
    setBusy(-1);
  }
}

function updateViewButtons() {
  for (const b of document.querySelectorAll('.segmented button')) b.setAttribute('aria-pressed', String(b.dataset.view === state.view));
  $('map').dataset.view = state.view;
}

// ----- side panel tabs -----

const TABS = ['filters', 'analysis', 'paths'];
function showTab(name, { focus = false } = {}) {
  for (const tab of TABS) {
    const selected = tab === name;
    const button = $(`tab-${tab}`);
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    $(`panel-${tab}`).hidden = !selected;
    if (selected && focus) button.focus();
  }
  if (name === 'paths') renderPaths(app, { keepResults: true });
}

function initTabs() {
  for (const tab of TABS) {
    $(`tab-${tab}`).addEventListener('click', () => showTab(tab));
    $(`tab-${tab}`).addEventListener('keydown', (e) => {
      const i = TABS.indexOf(tab);
      if (e.key === 'ArrowRight') showTab(TABS[(i + 1) % TABS.length], { focus: true });
      else if (e.key === 'ArrowLeft') showTab(TABS[(i + TABS.length - 1) % TABS.length], { focus: true });
      else return;
      e.preventDefault();
    });
  }
  showTab('filters');
}

// ----- keyboard -----

function initKeyboard() {
  document.addEventListener('keydown', (e) => {
    const typing = e.target.closest?.('input, textarea, select, [contenteditable]');
    if (e.key === 'Escape' && !document.querySelector('dialog[open]')) {
      if (state.focus || state.emphasis) clearEmphasis();
      else clearSelection();
      return;
    }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '/') {
      e.preventDefault();
      $('search').focus();
    } else if (e.key === '?') {
      e.preventDefault();
      openHelp();
    }
  });

  $('map').addEventListener('keydown', (e) => {
    const order = map.readingOrder();
    if (!order.length) return;
    const i = order.indexOf(state.selectedId);
    if (['ArrowRight', 'ArrowDown'].includes(e.key)) selectPerson(order[(i + 1) % order.length]);
    else if (['ArrowLeft', 'ArrowUp'].includes(e.key)) selectPerson(order[i <= 0 ? order.length - 1 : i - 1]);
    else if (e.key === 'Enter' && state.selectedId) $('card').focus();
    else if ((e.key === 'f' || e.key === 'F') && state.selectedId) setFocus(state.selectedId, e.key === 'F' ? 2 : 1);
    else if (e.key === '+' || e.key === '=') map.zoomBy(1.25);
    else if (e.key === '-') map.zoomBy(0.8);
    else if (e.key === '0') map.fit();
    else return;
    e.preventDefault();
  });
}

// ----- header -----

function initHeader() {
  const lang = $('lang');
  fill(lang, LANGUAGES.map((l) => option(l.code, l.name)));
  lang.addEventListener('change', () => setLanguage(lang.value));
  $('account').addEventListener('change', (e) => loadAccount(e.target.value));
  $('opportunity').addEventListener('change', async (e) => {
    state.opportunityId = e.target.value;
    await loadMap({ keepPositions: true });
  });
  for (const b of document.querySelectorAll('.segmented button')) b.addEventListener('click', () => switchView(b.dataset.view));
  $('add-person').addEventListener('click', () => openPersonDialog(app, null));
  $('add-tie').addEventListener('click', () => openTieDialog(app, null, { from: state.selectedId }));
  $('help').addEventListener('click', () => openHelp());
  // Who is signed in, and the way out: the session ends on the server, then the sign-in page.
  api.me().then((me) => { $('user-name').textContent = me.displayName || me.username; }).catch(() => {});
  $('sign-out').addEventListener('click', async () => {
    try {
      await api.logout();
    } finally {
      window.location.assign('/login.html');
    }
  });
  $('fit').addEventListener('click', () => map.fit());
  $('relayout').addEventListener('click', async () => {
    savePositions.flush();
    try {
      await api.savePositions(state.accountId, state.view, {});
    } catch (e) {
      toast(t('error.savePositions', { detail: e.message }), 'error');
    }
    setBusy(1);
    try {
      await map.relayout();
    } finally {
      setBusy(-1);
    }
  });
  const legend = $('legend');
  const toggle = $('toggle-legend');
  // Open by default where it leaves the map room (the filter panel repeats the symbols meanwhile).
  let open = window.innerHeight >= 900;
  try {
    const stored = localStorage.getItem(LEGEND_KEY);
    if (stored) open = stored === 'open';
  } catch {
    // default
  }
  const setLegend = (value) => {
    open = value;
    legend.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    try {
      localStorage.setItem(LEGEND_KEY, open ? 'open' : 'closed');
    } catch {
      // not remembered
    }
  };
  toggle.addEventListener('click', () => setLegend(!open));
  setLegend(open);
}

// ----- start -----

const filtersPanel = initFilters(app);

onLanguage((code) => {
  $('lang').value = code;
  renderLegend($('legend'));
  fillOpportunities();
  map.relabel();
  refreshPanels();
  refreshCard(app);
  updateCount();
  applyTo(document);
});

async function start() {
  setBusy(1);
  try {
    initHeader();
    initTabs();
    initKeyboard();
    initSearch(app);
    initExportMenu(app, (saved) => { hook.lastExport = saved; });
    try {
      if (localStorage.getItem(VIEW_KEY) === 'influence') state.view = 'influence';
    } catch {
      // default view
    }
    updateViewButtons();
    await setLanguage(initialLanguage());
    await loadAccounts();
  } catch (e) {
    toast(e.message, 'error', 10000);
  } finally {
    setBusy(-1);
  }
}

start();
