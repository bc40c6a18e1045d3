// Entry point: wires the header, the map and the panels, and owns loading and reloading.
import { api, onRefused } from './api.js';
import { $, h, fill, option, debounce } from './dom.js';
import { t, label, setLanguage, initialLanguage, onLanguage, LANGUAGES, applyTo } from './i18n.js';
import { state, defaultFilters, canEdit, current } from './state.js';
import { MapView } from './map.js';
import { renderLegend } from './legend.js';
import { initFilters } from './filters.js';
import { initSearch } from './search.js';
import { showPersonCard, showEdgeCard, hideCard, refreshCard } from './card.js';
import { renderAnalysis } from './analysis.js';
import { renderPaths } from './warmpath.js';
import { renderOverview } from './overview.js';
import { openPersonDialog, openTieDialog, openHelp, closeDialogOfLeftAccount } from './editor.js';
import { renderVisits } from './visits.js';
import { openDataDialog } from './data.js';
import { initExportMenu } from './mapimage.js';

const ACCOUNT_KEY = 'powermap.account';
const LEGEND_KEY = 'powermap.legend';
const VIEW_KEY = 'powermap.view';
const COMMUNITIES_KEY = 'powermap.communities';
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
  onCluster: (data) => expandOrg(data.orgId),
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
  highlight,
  clearEmphasis,
  showTab,
  refreshPanels,
  expandOrg,
  showPerson,
};

function selectPerson(id, { center = true } = {}) {
  if (!map.personData(id)) return;
  state.selectedId = id;
  state.selectedEdgeId = null;
  map.select(id, { center });
  showPersonCard(app, id);
  filtersPanel.render();
}

/** Keyboard stepping reaches clusters too: selected, named in the status line, Enter opens them. */
function selectNode(id) {
  if (map.personData(id)) {
    selectPerson(id);
    return;
  }
  const d = map.cy?.getElementById(id).data();
  if (!d) return;
  state.selectedId = null;
  hideCard();
  map.select(id);
  setMapStatus(t('lod.selected', { name: d.display.split('\n')[0], n: d.count ?? 0 }));
}

function selectedCluster() {
  const sel = map.cy?.$('node.cluster:selected');
  return sel && sel.nonempty() ? sel.data() : null;
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

/**
 * Highlights people on the map for a panel (visit targets, a warm path, an org found by search); the
 * analysis panel then offers *Clear highlight*, as it does for its own entries (Escape clears it too).
 */
function highlight(key, spec) {
  state.focus = null;
  state.emphasis = key;
  map.highlight(spec);
  renderAnalysis(app);
}

function clearEmphasis() {
  state.focus = null;
  state.emphasis = null;
  map.clearEmphasis();
  // A highlight shows its people even where the filters hide them: the filters apply again.
  applyFilters();
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
  setMapStatus(t('map.count', { shown: filterCount.shown, total: filterCount.total, ties: state.graph?.lod?.ties ?? state.graph?.elements.edges.length ?? 0 }));
}

const savePositions = debounce(async () => {
  if (!state.accountId || !canEdit()) return; // a viewer's dragging lasts for the page only
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

/** Fills the account picker and opens `preferred`, else the remembered account, else the first. */
async function loadAccounts(preferred) {
  // Who is signed in, with their role on each account (asked again after an import made a new one).
  let me;
  [state.accounts, me] = await Promise.all([api.accounts(), api.me().catch(() => null)]);
  if (me) {
    state.me = me;
    $('user-name').textContent = me.displayName || me.username;
  }
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
  const first = state.accounts.find((a) => a.id === preferred) ?? state.accounts.find((a) => a.id === wanted) ?? state.accounts[0];
  picker.value = first.id;
  await loadAccount(first.id);
}

async function loadAccount(id) {
  savePositions.flush(); // a drag still to be saved belongs to the account on screen, not to the next one
  const load = ++state.accountLoad;
  closeDialogOfLeftAccount();
  setBusy(1);
  try {
    state.accountId = id;
    try {
      localStorage.setItem(ACCOUNT_KEY, id);
    } catch {
      // not remembered in private mode
    }
    state.account = null;
    state.analysis = null;
    state.staff = null;
    state.opportunityId = '';
    state.filters = defaultFilters();
    state.selectedId = null;
    state.focus = null;
    state.emphasis = null;
    state.expanded = [];
    updateEditControls();
    hideCard();
    // The account's details and its map load side by side: one round trip less before the first frame.
    const account = api.account(id).then((a) => {
      if (!current(load)) return;
      state.account = a;
      fillOpportunities();
      renderOverview(app);
    });
    const fetched = prefetch?.id === id ? prefetch : null;
    prefetch = null;
    await Promise.all([account, loadMap({ keepPositions: false, fetched })]);
  } catch (e) {
    if (current(load)) toast(t('error.load', { detail: e.message }), 'error');
  } finally {
    setBusy(-1);
  }
}

/** The header's editing buttons, for those who may edit the account (the card and panels ask canEdit too). */
function updateEditControls() {
  for (const id of ['add-person', 'add-tie']) $(id).hidden = !canEdit();
}

let roleCheck = null;

/**
 * Asks who the user is again and, if their role on the open account changed (an owner demoted or
 * promoted them meanwhile), redraws the editing controls. Asked after the server refused a change (403),
 * when another account is opened and when the window gets the focus back: no polling. It says so only
 * when the role changed while that account was on screen: not when the account was opened (`announce`
 * false: its role is simply its role, however long ago it changed), nor when another account was opened
 * before the answer came.
 */
function recheckRole({ announce = true } = {}) {
  roleCheck ??= (async () => {
    const load = state.accountLoad;
    let me;
    try {
      me = await api.me();
    } catch {
      return; // not known now: the controls stay, the server decides
    }
    const before = canEdit(); // on the account open now
    state.me = me;
    if (canEdit() === before) return;
    updateEditControls();
    refreshCard(app);
    renderVisits(app);
    if (announce && current(load)) toast(t(before ? 'access.readOnly' : 'access.editable'), before ? 'error' : 'info', 8000);
  })().finally(() => {
    roleCheck = null;
  });
  return roleCheck;
}

function fillOpportunities() {
  const sel = $('opportunity');
  const opps = state.account?.opportunityList ?? [];
  fill(sel, option('', t('opportunity.all')), opps.map((o) => option(o.id, `${o.name} · ${label('stage', o.stage)}`)));
  sel.value = state.opportunityId;
  sel.disabled = opps.length === 0;
}

/** Starts the three requests a map needs, side by side. */
function fetchMap(id, { positions = null } = {}) {
  const opp = state.opportunityId || undefined;
  const analysis = api.analysis(id, opp).then((a) => ({ analysis: a, error: null }), (e) => ({ analysis: null, error: e }));
  const out = {
    id,
    graph: api.graph(id, 'all', opp, state.expanded),
    analysis,
    positions: positions ? Promise.resolve(positions) : savedPositions(id, state.view),
  };
  out.graph.catch(() => {}); // handled where it is awaited; a discarded prefetch must not log an error
  return out;
}

/** Requests started before the account list arrived, for the account the browser remembers. */
let prefetch = null;

/**
 * Fetches the graph, analysis and saved positions of the account (and opportunity) and draws them.
 * The org view (and a map whose every node has a saved position) does not need the analysis for its
 * layout, so it is drawn as soon as the graph is there and decorated when the analysis arrives.
 * `mergeAt`: a level-of-detail change, merged into the drawn map with new nodes around that point.
 */
async function loadMap({ keepPositions, mergeAt = null, fetched = null }) {
  const token = ++loadToken;
  setBusy(1);
  setMapStatus(t('map.loading'));
  try {
    const id = state.accountId;
    const kept = keepPositions && map.cy ? map.positions({ all: true }) : null;
    const req = fetched ?? fetchMap(id, { positions: kept });
    const [graph, saved] = await Promise.all([req.graph, req.positions]);
    if (token !== loadToken) return;
    state.graph = graph;
    const early = !mergeAt && (state.view === 'formal' || (!state.communities && coversAll(saved, graph)));
    if (early) await drawMap(saved);
    const { analysis, error } = await req.analysis;
    if (token !== loadToken) return;
    state.analysis = analysis;
    state.analysisError = error;
    if (mergeAt) await drawMap(null, { mergeAt });
    else if (early) decorate();
    else await drawMap(saved);
  } catch (e) {
    if (token === loadToken) {
      setMapStatus(t('error.load', { detail: e.message }));
      toast(t('error.load', { detail: e.message }), 'error');
    }
  } finally {
    setBusy(-1);
  }
}

function coversAll(saved, graph) {
  return graph.elements.nodes.every((n) => saved?.[n.data.id]);
}

/** The analysis arrived after the first frame: sizes, badges and panels follow in place. */
function decorate() {
  map.updatePeople(state.graph, state.analysis);
  if (state.selectedId) refreshCard(app);
  refreshPanels();
}

async function savedPositions(id, view) {
  try {
    return (await api.positions(id, view)).positions ?? {};
  } catch {
    return {};
  }
}

/**
 * `sameData`: the same graph and analysis drawn again (another view, community boxes on or off), so a
 * highlight (analysis item, warm path, visit targets) is drawn again and the warm-path results stay;
 * new data (a reload after an edit, another opportunity) ends the highlight, as the panels then say.
 */
async function drawMap(positions, { mergeAt = null, sameData = false } = {}) {
  const communities = state.communities && state.view === 'influence';
  const highlight = sameData && state.emphasis && !state.focus ? map.highlighted : null;
  if (mergeAt && map.cy) {
    await map.merge({ graph: state.graph, analysis: state.analysis, anchor: mergeAt, communities });
  } else {
    hook.lastLayoutMs = await map.render({ graph: state.graph, analysis: state.analysis, view: state.view, positions, communities });
    hook.timings = map.timings;
    if (!highlight) state.emphasis = null;
  }
  hook.cy = map.cy;
  hook.renders++;
  if (hook.renders === 1) performance.mark('powermap:first-render');
  applyFilters();
  if (state.selectedId && map.personData(state.selectedId)) {
    map.select(state.selectedId, { center: false });
    refreshCard(app);
  } else if (state.selectedId) {
    clearSelection();
  } else if (state.selectedEdgeId) {
    refreshCard(app); // the tie card shows the tie as saved (its version too), or goes with the tie
  }
  if (state.focus && map.personData(state.focus.id)) map.focus(state.focus.id, state.focus.depth);
  else if (highlight) map.highlight({ ...highlight, fit: false });
  renderLodBar();
  updateCommunityToggle();
  refreshPanels({ keepPaths: sameData });
}

// ----- level of detail: clusters open and close in place -----

/** Opens an org of a level-of-detail map (its cluster, or the cluster it is folded into). */
async function expandOrg(orgId) {
  if (!state.graph?.lod || !orgId) return;
  const cluster = map.clusterOf(orgId === 'unassigned' ? null : orgId) ?? map.cy.getElementById(`cluster:${orgId}`).data();
  if (!state.expanded.includes(orgId)) state.expanded = [...state.expanded, orgId];
  await loadMap({ keepPositions: true, mergeAt: cluster ? map.anchorOf(cluster.id) : map.anchorOf(null, orgId) });
}

/** Closes an opened org again, with every org opened inside it; its cluster comes back where its people were. */
async function collapseOrg(orgId) {
  const inside = map.orgAndDescendants(orgId);
  state.expanded = state.expanded.filter((o) => !inside.has(o));
  await loadMap({ keepPositions: true, mergeAt: map.anchorOf(`cluster:${orgId}`, orgId) ?? { x: 0, y: 0 } });
}

/** Selects a person, first opening the cluster they are folded into (search in a level-of-detail map). */
async function showPerson(id) {
  if (!map.personData(id) && state.graph?.lod) {
    let p;
    try {
      p = await api.person(state.accountId, id);
    } catch (e) {
      toast(t('error.load', { detail: e.message }), 'error');
      return;
    }
    await expandOrg(p.orgIds?.[0] ?? 'unassigned');
  }
  clearEmphasis();
  selectPerson(id, { center: true });
}

function renderLodBar() {
  const bar = $('lod-bar');
  const lod = state.graph?.lod;
  bar.hidden = !lod;
  if (!lod) return;
  const names = new Map((state.graph.orgs ?? []).map((o) => [o.id, o.name]));
  names.set('unassigned', t('lod.unassigned'));
  fill(bar,
    h('span', { id: 'lod-summary', text: t('lod.summary', { clusters: lod.clusters, people: lod.people }) }),
    lod.expanded.map((o) => h('button', {
      type: 'button', class: 'chip', dataset: { org: o }, title: t('lod.collapseTitle', { name: names.get(o) ?? o }),
      text: `⊟ ${names.get(o) ?? o}`, onclick: () => collapseOrg(o),
    })));
}

// ----- communities (influence view) -----

function updateCommunityToggle() {
  const button = $('toggle-communities');
  button.hidden = state.view !== 'influence' || !map.cy || !map.people().some((n) => n.data('community') !== undefined);
  button.setAttribute('aria-pressed', String(state.communities));
}

async function toggleCommunities() {
  state.communities = !state.communities;
  try {
    localStorage.setItem(COMMUNITIES_KEY, state.communities ? 'on' : 'off');
  } catch {
    // not remembered
  }
  setBusy(1);
  try {
    await drawMap(map.positions({ all: true }), { sameData: true });
  } finally {
    setBusy(-1);
  }
}

/** `keepPaths`: the warm-path results still hold (a language or view switch), else they are found again. */
function refreshPanels({ keepPaths = false } = {}) {
  renderOverview(app);
  filtersPanel.render();
  renderAnalysis(app);
  renderPaths(app, { keepResults: keepPaths });
  renderVisits(app, { reload: true }); // an edit may change the proposals
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
    await drawMap(await savedPositions(state.accountId, view), { sameData: true });
  } finally {
    setBusy(-1);
  }
}

function updateViewButtons() {
  for (const b of document.querySelectorAll('.segmented button')) b.setAttribute('aria-pressed', String(b.dataset.view === state.view));
  $('map').dataset.view = state.view;
}

// ----- side panel tabs -----

const TABS = ['filters', 'analysis', 'paths', 'visits'];
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
  if (name === 'visits') renderVisits(app);
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
    const cluster = selectedCluster();
    const at = cluster ? order.indexOf(cluster.id) : order.indexOf(state.selectedId);
    if (['ArrowRight', 'ArrowDown'].includes(e.key)) selectNode(order[(at + 1) % order.length]);
    else if (['ArrowLeft', 'ArrowUp'].includes(e.key)) selectNode(order[at <= 0 ? order.length - 1 : at - 1]);
    else if (e.key === 'Enter' && cluster) expandOrg(cluster.orgId);
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
  $('account').addEventListener('change', (e) => {
    loadAccount(e.target.value);
    recheckRole({ announce: false });
  });
  $('opportunity').addEventListener('change', async (e) => {
    state.opportunityId = e.target.value;
    await loadMap({ keepPositions: true });
  });
  for (const b of document.querySelectorAll('.segmented button')) b.addEventListener('click', () => switchView(b.dataset.view));
  $('add-person').addEventListener('click', () => openPersonDialog(app, null));
  $('add-tie').addEventListener('click', () => openTieDialog(app, null, { from: state.selectedId }));
  $('help').addEventListener('click', () => openHelp());
  $('data').addEventListener('click', () => openDataDialog(app, async (accountId) => {
    await loadAccounts(accountId);
  }));
  // The way out: the session ends on the server, then the sign-in page (who is signed in: loadAccounts).
  $('sign-out').addEventListener('click', async () => {
    try {
      await api.logout();
    } finally {
      window.location.assign('/login.html');
    }
  });
  $('fit').addEventListener('click', () => map.fit());
  $('toggle-communities').addEventListener('click', () => toggleCommunities());
  $('relayout').addEventListener('click', async () => {
    savePositions.flush();
    try {
      if (canEdit()) await api.savePositions(state.accountId, state.view, {});
    } catch (e) {
      toast(t('error.savePositions', { detail: e.message }), 'error');
    }
    setBusy(1);
    try {
      // A big account's influence view has the server's layout once nothing is saved: the same map as on opening.
      let computed = null;
      if (state.view === 'influence' && canEdit()) {
        try {
          const p = await api.positions(state.accountId, state.view);
          if (p.computed) computed = p.positions;
        } catch {
          // laid out in the browser instead
        }
      }
      await map.relayout(computed);
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
  renderLodBar();
  refreshPanels({ keepPaths: true });
  refreshCard(app);
  updateCount();
  applyTo(document);
});

async function start() {
  setBusy(1);
  try {
    onRefused(recheckRole);
    window.addEventListener('focus', () => {
      if (state.me) recheckRole();
    });
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
    try {
      if (localStorage.getItem(COMMUNITIES_KEY) === 'off') state.communities = false;
    } catch {
      // default on
    }
    updateViewButtons();
    // The map of the remembered account is requested at once, alongside the messages and the account list.
    let remembered = null;
    try {
      remembered = localStorage.getItem(ACCOUNT_KEY);
    } catch {
      remembered = null;
    }
    if (remembered) prefetch = fetchMap(remembered);
    await setLanguage(initialLanguage());
    await loadAccounts();
  } catch (e) {
    toast(e.message, 'error', 10000);
  } finally {
    setBusy(-1);
  }
}

start();
