// The Cytoscape map: builds elements from the graph API, lays them out, and applies filters,
// focus and highlights as classes. No other module touches Cytoscape.
import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
import { stylesheet, badgeLine, personStyleData, edgeStyleData, clusterStyleData, aggregateWidth, stanceMix, KINDS, KIND_STYLE } from './style.js';
import { orgTreePositions, influenceLayout } from './layouts.js';
import { label, t, communityLabel } from './i18n.js';

const hasFcose = typeof window.cytoscapeFcose === 'function';

// A big influence map (over 600 people) draws its ties straight and without arrow heads below this zoom
// (class `overview`, style.js): Cytoscape then computes no curve per tie for the first frame's bounds and
// drawing. Zoomed in to where a tie's direction can be read, they are curves with arrows again.
const OVERVIEW_ZOOM = 0.6;
if (hasFcose) cytoscape.use(window.cytoscapeFcose);

export class MapView {
  constructor(container, handlers) {
    this.container = container;
    this.handlers = handlers;
    this.cy = null;
    this.view = 'formal';
    this.orgParents = new Map();
    this.lastLayoutMs = 0;
    this.highlighted = null; // the last highlight() spec while it shows, drawn again after a view switch
    this.overviewTies = false; // straight ties below OVERVIEW_ZOOM in this map
    this.overviewOn = false;
  }

  /**
   * Draws `graph` in `view`. `positions` (node id -> {x, y}) override the computed layout for the
   * nodes they cover; when they cover every person no layout runs at all. `communities` draws the
   * analysis' communities of the influence view as boxes behind their members.
   */
  async render({ graph, analysis, view, positions, communities = false }) {
    const started = performance.now();
    this.view = view;
    this.orgParents = new Map((graph.orgs ?? []).map((o) => [o.id, o.parentId]));
    const elements = buildElements(graph, analysis, view, { communities });
    const built = performance.now();
    const saved = positions ?? {};
    // People and (level of detail) org clusters get positions; community boxes wrap their members.
    const placed = elements.filter((e) => e.group === 'nodes' && e.classes !== 'community');
    const missing = placed.filter((e) => !saved[e.data.id]);
    // Positions go in with the elements, so nothing is drawn (or warned about) at a wrong place.
    let computed = null;
    if (view === 'formal') {
      const tree = orgTreePositions(placed.map((e) => e.data), elements.filter((e) => isReportingLine(e.data)).map((e) => e.data));
      computed = tree.positions;
      for (const e of elements) {
        const how = e.data.type === 'REPORTS_TO' ? tree.lines.get(e.data.target) : null;
        if (how) e.classes += ` line-${how}`;
      }
    }
    const side = Math.ceil(Math.sqrt(placed.length || 1));
    placed.forEach((e, i) => {
      e.position = saved[e.data.id] ?? computed?.[e.data.id] ?? { x: (i % side) * 120, y: Math.floor(i / side) * 120 };
    });
    if (this.cy) this.cy.destroy();
    const big = placed.length > 600;
    // The ties start straight (a big map opens below OVERVIEW_ZOOM), so the first style pass is the one drawn.
    this.overviewTies = big && view === 'influence';
    this.overviewOn = this.overviewTies;
    if (this.overviewOn) for (const e of elements) if (e.group === 'edges') e.classes += ' overview';
    const cy = cytoscape({
      container: this.container,
      elements,
      style: stylesheet(view),
      layout: { name: 'preset', fit: false },
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Big maps pan and zoom a cached bitmap and skip the ties while moving.
      textureOnViewport: big,
      hideEdgesOnViewport: big,
      pixelRatio: big ? 1 : 'auto',
    });
    this.cy = cy;
    const created = performance.now();
    if (view === 'influence' && missing.length) {
      const few = missing.length <= Math.max(3, placed.length * 0.1) && missing.length < placed.length;
      if (few) placeNear(cy, cy.collection(missing.map((e) => cy.getElementById(e.data.id))), saved);
      else await this.forceLayout(placed.length, saved);
    }
    const laidOut = performance.now();
    this.fitReadable();
    this.syncOverview();
    this.bind();
    // Wait for the first frame, so the time includes drawing.
    await nextFrame();
    const drawn = performance.now();
    this.timings = { build: built - started, create: created - built, layout: laidOut - created, draw: drawn - laidOut };
    this.lastLayoutMs = drawn - started;
    return this.lastLayoutMs;
  }

  /**
   * Merges a new answer of the same view in place (a level-of-detail cluster opened or closed):
   * elements that are gone are removed, the ones that stay keep their positions and get the new
   * data, and new ones are laid out as a block around `anchor` (where the cluster was).
   */
  async merge({ graph, analysis, anchor, communities = false }) {
    const cy = this.cy;
    this.orgParents = new Map((graph.orgs ?? []).map((o) => [o.id, o.parentId]));
    const fresh = buildElements(graph, analysis, this.view, { communities });
    const ids = new Set(fresh.map((e) => e.data.id));
    const added = fresh.filter((e) => cy.getElementById(e.data.id).empty());
    const placed = added.filter((e) => e.group === 'nodes' && e.classes !== 'community');
    const block = this.view === 'formal'
      ? orgTreePositions(placed.map((e) => e.data), fresh.filter((e) => isReportingLine(e.data)).map((e) => e.data))
      : { positions: spiral(placed.map((e) => e.data.id)), lines: new Map() };
    const pts = Object.values(block.positions);
    const box = pts.length ? boundsOf(pts) : { x1: 0, x2: 0, y1: 0, y2: 0 };
    // The block's top centre (org view) or centre (influence view) goes where the cluster was.
    const dx = (anchor?.x ?? 0) - (box.x1 + box.x2) / 2;
    const dy = (anchor?.y ?? 0) - (this.view === 'formal' ? box.y1 : (box.y1 + box.y2) / 2);
    for (const e of placed) {
      const p = block.positions[e.data.id];
      e.position = { x: p.x + dx, y: p.y + dy };
    }
    for (const e of added) {
      if (this.overviewOn && e.group === 'edges') e.classes += ' overview';
      const how = e.data.type === 'REPORTS_TO' ? block.lines.get(e.data.target) : null;
      if (how) e.classes += ` line-${how}`;
    }
    let addedNodes;
    cy.batch(() => {
      cy.elements().filter((e) => !ids.has(e.id())).remove();
      for (const e of fresh) {
        const el = cy.getElementById(e.data.id);
        if (el.empty()) continue;
        const { parent, ...data } = e.data;
        el.data(data);
      }
      addedNodes = cy.add(added).nodes();
    });
    if (addedNodes.nonempty()) cy.animate({ center: { eles: addedNodes } }, { duration: 250 });
    await nextFrame();
    return addedNodes.length;
  }

  async forceLayout(count, saved) {
    const cy = this.cy;
    await runLayout(cy.layout(influenceLayout(count, hasFcose)));
    cy.batch(() => {
      for (const n of cy.nodes('.person, .cluster')) {
        const p = saved[n.id()];
        if (p) n.position({ x: p.x, y: p.y });
      }
    });
  }

  /**
   * Lays the current view out afresh, ignoring saved positions; `computed` (the server's layout of a big
   * influence view) is taken as it is when it places every node.
   */
  async relayout(computed = null) {
    const cy = this.cy;
    if (!cy) return;
    const placed = cy.nodes('.person, .cluster');
    if (this.view === 'formal') {
      const tree = orgTreePositions(placed.map((n) => n.data()), cy.edges().filter((e) => isReportingLine(e.data())).map((e) => e.data()));
      cy.batch(() => placed.forEach((n) => n.position(tree.positions[n.id()] ?? n.position())));
    } else if (computed && placed.every((n) => computed[n.id()])) {
      cy.batch(() => placed.forEach((n) => n.position({ ...computed[n.id()] })));
    } else {
      await this.forceLayout(placed.length, {});
    }
    this.fitReadable();
  }

  /**
   * Fits the map when names stay readable; a big map instead opens at a readable zoom on its most
   * important part (the top of the org chart, the centre of the influence map). Fit shows it all.
   */
  fitReadable() {
    const cy = this.cy;
    // '.filtered' is the only thing that hides an element; a class test needs no style, unlike ':visible'.
    // The box is measured once: each boundingBox() of the whole map walks every element again (rendered
    // style, compound bounds); fit, the readable zoom and the centring took one each before.
    const eles = cy.elements().not('.filtered');
    if (eles.empty()) return;
    const box = eles.boundingBox();
    cy.fit(box, 30);
    const readable = this.view === 'formal' ? 0.62 : 0.45;
    if (cy.zoom() >= readable) return;
    cy.zoom(readable);
    if (this.view === 'formal') {
      // Centre on the root of the biggest reporting tree, top of the chart at the top of the screen.
      const reports = new Map();
      cy.edges('[type = "REPORTS_TO"]').forEach((e) => {
        if (!reports.has(e.data('source'))) reports.set(e.data('source'), []);
        reports.get(e.data('source')).push(e.data('target'));
      });
      const size = (id, seen = new Set()) => {
        if (seen.has(id)) return 0;
        seen.add(id);
        return 1 + (reports.get(id) ?? []).reduce((a, k) => a + size(k, seen), 0);
      };
      const bosses = new Set(cy.edges('[type = "REPORTS_TO"]').map((e) => e.data('target')));
      let root = null;
      let best = -1;
      for (const id of reports.keys()) {
        if (bosses.has(id)) continue;
        const n = size(id);
        if (n > best) {
          best = n;
          root = cy.getElementById(id);
        }
      }
      const x = root ? root.position('x') : (box.x1 + box.x2) / 2;
      cy.pan({ x: cy.width() / 2 - x * readable, y: 30 - box.y1 * readable });
    } else {
      cy.pan({ x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * readable, y: cy.height() / 2 - ((box.y1 + box.y2) / 2) * readable });
    }
  }

  /** Straight ties below OVERVIEW_ZOOM, curves with arrows above it (big influence maps only). */
  syncOverview() {
    const on = this.overviewTies && this.cy.zoom() < OVERVIEW_ZOOM;
    if (on === this.overviewOn) return;
    this.overviewOn = on;
    this.cy.batch(() => this.cy.edges().toggleClass('overview', on));
  }

  /** Runs `work` (an export) with every tie drawn in full, curves and arrows, whatever the zoom. */
  async withFullTies(work) {
    const cy = this.cy;
    const held = this.overviewTies;
    this.overviewTies = false;
    this.syncOverview();
    try {
      return await work();
    } finally {
      // A map drawn anew meanwhile (another view) has set its own.
      if (cy === this.cy) {
        this.overviewTies = held;
        this.syncOverview();
      }
    }
  }

  bind() {
    const cy = this.cy;
    const h = this.handlers;
    cy.on('zoom', () => this.syncOverview());
    cy.on('tap', 'node.person', (e) => h.onSelect?.(e.target.id()));
    cy.on('tap', 'node.cluster', (e) => h.onCluster?.(e.target.data()));
    cy.on('tap', 'edge', (e) => h.onEdge?.(e.target.data()));
    cy.on('tap', (e) => {
      if (e.target === cy) h.onBackground?.();
    });
    cy.on('dragfree', 'node', () => h.onDragged?.());
    cy.on('mouseover', 'node.person', (e) => h.onHover?.(e.target.data(), e.target.renderedPosition(), e.target.renderedOuterHeight()));
    cy.on('mouseout', 'node.person', () => h.onHover?.(null));
    cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
    cy.on('pan zoom', () => h.onHover?.(null));
  }

  /** Re-reads translated labels (edge kinds, cluster names) after a language switch. */
  relabel() {
    if (!this.cy) return;
    this.cy.batch(() => {
      this.cy.edges().forEach((e) => e.data('kindLabel', edgeLabel(e.data())));
      this.cy.nodes('.cluster').forEach((n) => n.data('display', clusterLabel(n.data())));
      this.cy.nodes('.community').forEach((n) => n.data('display', communityLabel(n.data())));
    });
  }

  /** Updates people's data in place (opportunity switch, analysis, edits), keeping positions. */
  updatePeople(graph, analysis) {
    const fresh = buildElements(graph, analysis, this.view, { communities: this.cy.nodes('.community').nonempty() });
    const cy = this.cy;
    cy.batch(() => {
      for (const el of fresh) {
        if (el.group !== 'nodes' || el.classes !== 'person') continue;
        const n = cy.getElementById(el.data.id);
        const { parent, ...data } = el.data;
        if (n.nonempty()) n.data(data);
      }
    });
  }

  people() {
    return this.cy ? this.cy.nodes('.person') : [];
  }

  personData(id) {
    const n = this.cy?.getElementById(id);
    return n && n.nonempty() && n.hasClass('person') ? n.data() : null;
  }

  /** The level-of-detail cluster node of an org, or of its nearest collapsed ancestor; null when it is open. */
  clusterOf(orgId) {
    for (let o = orgId, guard = 0; o && guard < 1000; o = this.orgParents.get(o), guard++) {
      const n = this.cy?.getElementById(`cluster:${o}`);
      if (n && n.nonempty()) return n.data();
    }
    const rest = this.cy?.getElementById('cluster:unassigned');
    return !orgId && rest && rest.nonempty() ? rest.data() : null;
  }

  /** Where a node is, or the centre of the people of an org and its sub-orgs when it is not a node. */
  anchorOf(id, orgId) {
    const n = this.cy?.getElementById(id);
    if (n && n.nonempty()) return { ...n.position() };
    const orgs = this.orgAndDescendants(orgId);
    const members = this.cy?.nodes('.person').filter((m) => (m.data('orgIds') ?? []).some((o) => orgs.has(o)));
    if (!members || members.empty()) return null;
    const box = members.boundingBox();
    return { x: (box.x1 + box.x2) / 2, y: box.y1 };
  }

  /** Saved-position map of the current view: the people, or with `all` the clusters too (kept over a reload). */
  positions({ all = false } = {}) {
    const out = {};
    this.cy?.nodes(all ? '.person, .cluster' : '.person').forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    });
    return out;
  }

  /**
   * Hides people and ties that do not pass the filters; returns {shown, total} people, counting
   * the people inside level-of-detail clusters (a cluster passes the organisation filter only).
   */
  applyFilters(f) {
    const cy = this.cy;
    if (!cy) return { shown: 0, total: 0 };
    const orgs = f.orgId ? this.orgAndDescendants(f.orgId) : null;
    const informal = KINDS.some((k) => f.kinds.has(k));
    let shown = 0;
    let total = 0;
    cy.batch(() => {
      cy.nodes('.person').forEach((n) => {
        const d = n.data();
        const ok = (!orgs || (d.orgIds ?? []).some((o) => orgs.has(o)))
          && f.roles.has(d.roleKey) && f.stances.has(d.stance ?? 'NEUTRAL');
        n.toggleClass('filtered', !ok);
        total++;
        if (ok) shown++;
      });
      cy.nodes('.cluster').forEach((n) => {
        const d = n.data();
        // A cluster holds the filtered org when the org is the cluster's org or one of its sub-orgs.
        const ok = !orgs || orgs.has(d.orgId) || this.orgAndDescendants(d.orgId).has(f.orgId);
        n.toggleClass('filtered', !ok);
        total += d.count ?? 0;
        if (ok) shown += d.count ?? 0;
      });
      cy.edges().forEach((e) => {
        const d = e.data();
        const kindOk = d.type === 'AGGREGATE' ? (d.relation === 'REPORTS_TO' ? f.kinds.has('REPORTS_TO') : informal) : f.kinds.has(d.kindKey);
        const ok = kindOk && (d.type !== 'INFLUENCES' || (d.strength ?? 3) >= f.minStrength)
          && !e.source().hasClass('filtered') && !e.target().hasClass('filtered');
        e.toggleClass('filtered', !ok);
      });
    });
    return { shown, total };
  }

  orgAndDescendants(orgId) {
    const out = new Set([orgId]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [id, parent] of this.orgParents) {
        if (!out.has(id) && parent && out.has(parent)) {
          out.add(id);
          grew = true;
        }
      }
    }
    return out;
  }

  select(id, { center = true } = {}) {
    const cy = this.cy;
    const n = cy?.getElementById(id);
    if (!n || n.empty()) return false;
    cy.elements(':selected').unselect();
    n.select();
    if (center) {
      if (n.hasClass('filtered')) n.removeClass('filtered');
      cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
    }
    return true;
  }

  unselect() {
    this.cy?.elements(':selected').unselect();
  }

  /** Fades everything outside `id`'s neighbourhood of `depth` (1 or 2) steps, over visible ties. */
  focus(id, depth) {
    const cy = this.cy;
    const root = cy?.getElementById(id);
    if (!root || root.empty()) return;
    let hood = root;
    for (let i = 0; i < depth; i++) hood = hood.union(hood.nodes().closedNeighborhood().not('.filtered'));
    this.highlighted = null;
    cy.batch(() => {
      cy.elements().removeClass('hl hl-root').addClass('faded');
      hood.removeClass('faded');
    });
    cy.animate({ fit: { eles: hood, padding: 60 } }, { duration: 300 });
    return hood.nodes('.person').length;
  }

  /**
   * Highlights people and the ties between them: `nodes` ids, `pairs` [[a, b, kind?]] of ties
   * (matched in either direction, preferring the given kind), `root` the person the story is about.
   */
  highlight({ nodes = [], pairs = [], routes = [], root = null, fit = true }) {
    const cy = this.cy;
    if (!cy) return { nodes: 0, edges: 0 };
    let eles = cy.collection();
    // `routes` [[a, b]]: the shortest chain of ties between a and b, whatever their direction.
    for (const [a, b] of routes) {
      const from = cy.getElementById(a);
      const to = cy.getElementById(b);
      if (from.empty() || to.empty()) continue;
      const found = cy.elements().aStar({ root: from, goal: to, directed: false });
      if (found.found) eles = eles.union(found.path);
    }
    for (const id of nodes) eles = eles.union(cy.getElementById(id));
    for (const [a, b, kind] of pairs) {
      const between = cy.getElementById(a).edgesWith(cy.getElementById(b));
      const exact = kind ? between.filter((e) => e.data('kindKey') === kind) : cy.collection();
      eles = eles.union(exact.nonempty() ? exact : between);
      eles = eles.union(cy.getElementById(a)).union(cy.getElementById(b));
    }
    eles = eles.filter((e) => e.nonempty());
    this.highlighted = { nodes, pairs, routes, root };
    cy.batch(() => {
      cy.elements().removeClass('hl hl-root').addClass('faded');
      eles.removeClass('faded filtered').addClass('hl');
      if (root) cy.getElementById(root).addClass('hl-root');
    });
    if (fit && eles.nonempty()) cy.animate({ fit: { eles, padding: 70 } }, { duration: 300 });
    return { nodes: eles.nodes().length, edges: eles.edges().length };
  }

  clearEmphasis() {
    this.highlighted = null;
    this.cy?.elements().removeClass('faded hl hl-root');
  }

  fit() {
    this.cy?.animate({ fit: { eles: this.cy.elements(':visible'), padding: 30 } }, { duration: 200 });
  }

  zoomBy(factor) {
    const cy = this.cy;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Visible people (and clusters) ordered left-to-right, top-to-bottom, for keyboard stepping. */
  readingOrder() {
    if (!this.cy) return [];
    return this.cy.nodes('.person, .cluster').not('.filtered').sort((a, b) => {
      const pa = a.position();
      const pb = b.position();
      return Math.round(pa.y / 40) - Math.round(pb.y / 40) || pa.x - pb.x;
    }).map((n) => n.id());
  }

  png(options) {
    return this.cy?.png(options);
  }
}

function placeNear(cy, missing, saved) {
  const known = Object.values(saved);
  const cx = known.reduce((a, p) => a + p.x, 0) / Math.max(1, known.length);
  const maxY = Math.max(0, ...known.map((p) => p.y));
  missing.forEach((n, i) => {
    const anchors = n.neighborhood('node.person').map((m) => saved[m.id()]).filter(Boolean);
    const base = anchors.length
      ? { x: anchors.reduce((a, p) => a + p.x, 0) / anchors.length, y: anchors.reduce((a, p) => a + p.y, 0) / anchors.length }
      : { x: cx, y: maxY + 120 };
    n.position({ x: base.x + 70 + 40 * i, y: base.y + 60 });
  });
}

function runLayout(layout) {
  return new Promise((resolve) => {
    layout.one('layoutstop', resolve);
    layout.run();
  });
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Formal reporting lines and their level-of-detail aggregates: what the org chart is built from. */
function isReportingLine(d) {
  return d.type === 'REPORTS_TO' || (d.type === 'AGGREGATE' && d.relation === 'REPORTS_TO');
}

/** A compact sunflower spiral around (0, 0): new people of an opened cluster in the influence view. */
function spiral(ids) {
  const out = {};
  ids.forEach((id, i) => {
    const r = 70 * Math.sqrt(i);
    const a = i * 2.39996;
    out[id] = { x: r * Math.cos(a), y: r * Math.sin(a) };
  });
  return out;
}

function boundsOf(points) {
  return {
    x1: Math.min(...points.map((p) => p.x)), x2: Math.max(...points.map((p) => p.x)),
    y1: Math.min(...points.map((p) => p.y)), y2: Math.max(...points.map((p) => p.y)),
  };
}

function edgeLabel(d) {
  if (d.type === 'AGGREGATE') return t('lod.ties', { n: d.count ?? 0 });
  const kind = label('kind', d.kindKey);
  return d.type === 'REPORTS_TO' ? kind : `${kind} · ${d.strength ?? '?'}`;
}

/** A cluster's label: org name, how many people, and the stance mix in symbols (so it survives print). */
function clusterLabel(d) {
  const name = d.orgId === 'unassigned' ? t('lod.unassigned') : d.label;
  const mix = stanceMix(d.stances);
  return `${name}\n${t('lod.people', { n: d.count ?? 0 })}${mix ? `\n${mix}` : ''}`;
}

/**
 * Cytoscape elements for a view from the graph API, with the analysis folded into node data and
 * the style precomputed into it. Level-of-detail clusters and aggregated ties come through as
 * `cluster` nodes and `aggregate` edges. With `communities` (influence view, analysis with more than
 * one community) every person gets a community box as compound parent, listed before the people.
 */
export function buildElements(graph, analysis, view, { communities = false } = {}) {
  const scores = new Map((analysis?.people ?? []).map((p) => [p.id, p]));
  const hidden = new Set((analysis?.hidden ?? []).map((x) => x.personId));
  const coaches = new Set((analysis?.coaches ?? []).map((x) => x.personId));
  const blockers = new Set((analysis?.blockers ?? []).map((x) => x.personId));
  const maxInfluence = Math.max(0, ...[...scores.values()].map((s) => s.decisionInfluence ?? 0));
  const ids = new Set([...scores.values()].map((s) => s.community).filter((c) => c !== null && c !== undefined));
  const clustered = view === 'influence' && ids.size > 1;
  const communityIndex = new Map([...ids].sort((a, b) => a - b).map((c, i) => [c, i]));

  const boxes = new Map();
  const out = [];
  for (const n of graph.elements.nodes) {
    if (n.data.type === 'cluster') {
      const data = { ...n.data, ...clusterStyleData(n.data) };
      data.display = clusterLabel(data);
      out.push({ group: 'nodes', classes: 'cluster', data });
      continue;
    }
    const s = scores.get(n.data.id);
    const data = {
      ...n.data,
      roleKey: n.data.decisionRole || 'NONE',
      stance: n.data.stance || 'NEUTRAL',
      hiddenDM: hidden.has(n.data.id) || n.data.hiddenRole === true,
      coach: coaches.has(n.data.id),
      blocker: blockers.has(n.data.id),
      offChart: n.data.onOrgChart === false,
      influence: s && maxInfluence > 0 ? (s.decisionInfluence ?? 0) / maxInfluence : undefined,
    };
    data.display = `${data.name}\n${badgeLine(data)}`;
    Object.assign(data, personStyleData(data));
    if (clustered && s && communityIndex.has(s.community)) {
      data.community = communityIndex.get(s.community);
      if (communities) {
        // Numbered as on the person card (community + 1).
        const box = `community:${s.community}`;
        data.parent = box;
        boxes.set(box, s.community + 1);
      }
    }
    out.push({ group: 'nodes', classes: 'person', data });
  }
  const named = new Map((analysis?.communities ?? []).map((c) => [c.community, c]));
  const parents = [...boxes].sort((a, b) => a[1] - b[1]).map(([id, number]) => {
    const c = named.get(number - 1);
    const data = { id, type: 'community', number, hubName: c?.hubName ?? null, orgName: c?.orgName ?? null };
    data.display = communityLabel(data);
    return { group: 'nodes', classes: 'community', data };
  });
  const community = new Map(out.map((n) => [n.data.id, n.data.community]));
  for (const e of graph.elements.edges) {
    if (e.data.type === 'AGGREGATE') {
      const kindKey = e.data.relation === 'REPORTS_TO' ? 'REPORTS_TO' : 'AGGREGATE';
      const data = { ...e.data, kindKey, color: e.data.relation === 'REPORTS_TO' ? KIND_STYLE.REPORTS_TO.color : '#334155', width: aggregateWidth(e.data.count ?? 1) };
      data.kindLabel = edgeLabel(data);
      out.push({ group: 'edges', classes: 'aggregate', data });
      continue;
    }
    const data = { ...e.data, kindKey: e.data.type === 'REPORTS_TO' ? 'REPORTS_TO' : e.data.kind || 'OTHER' };
    Object.assign(data, edgeStyleData(data, view));
    // Ties inside a community pull harder in the force layout, so communities show as clusters.
    if (clustered) data.sameCommunity = community.get(data.source) !== undefined && community.get(data.source) === community.get(data.target);
    data.kindLabel = edgeLabel(data);
    out.push({ group: 'edges', classes: e.data.type === 'REPORTS_TO' ? 'formal' : 'tie', data });
  }
  return [...parents, ...out];
}
