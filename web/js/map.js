// The Cytoscape map: builds elements from the graph API, lays them out, and applies filters,
// focus and highlights as classes. No other module touches Cytoscape.
import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
import { stylesheet, badgeLine } from './style.js';
import { orgTreePositions, influenceLayout } from './layouts.js';
import { label, t } from './i18n.js';

const hasFcose = typeof window.cytoscapeFcose === 'function';
if (hasFcose) cytoscape.use(window.cytoscapeFcose);

export class MapView {
  constructor(container, handlers) {
    this.container = container;
    this.handlers = handlers;
    this.cy = null;
    this.view = 'formal';
    this.orgParents = new Map();
    this.lastLayoutMs = 0;
  }

  /**
   * Draws `graph` in `view`. `positions` (node id -> {x, y}) override the computed layout for the
   * nodes they cover; when they cover every person no layout runs at all.
   */
  async render({ graph, analysis, view, positions }) {
    const started = performance.now();
    this.view = view;
    this.orgParents = new Map((graph.orgs ?? []).map((o) => [o.id, o.parentId]));
    const elements = buildElements(graph, analysis, view);
    const built = performance.now();
    const saved = positions ?? {};
    const people = elements.filter((e) => e.group === 'nodes' && e.classes === 'person');
    const missing = people.filter((e) => !saved[e.data.id]);
    // Positions go in with the elements, so nothing is drawn (or warned about) at a wrong place.
    let computed = null;
    if (view === 'formal') {
      const tree = orgTreePositions(people.map((e) => e.data), elements.filter((e) => e.data.type === 'REPORTS_TO').map((e) => e.data));
      computed = tree.positions;
      for (const e of elements) {
        const how = e.data.type === 'REPORTS_TO' ? tree.lines.get(e.data.target) : null;
        if (how) e.classes += ` line-${how}`;
      }
    }
    const side = Math.ceil(Math.sqrt(people.length || 1));
    people.forEach((e, i) => {
      e.position = saved[e.data.id] ?? computed?.[e.data.id] ?? { x: (i % side) * 120, y: Math.floor(i / side) * 120 };
    });
    if (this.cy) this.cy.destroy();
    const big = people.length > 600;
    const cy = cytoscape({
      container: this.container,
      elements,
      style: stylesheet(view),
      layout: { name: 'preset', fit: false },
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: big,
      hideEdgesOnViewport: big,
      pixelRatio: big ? 1 : 'auto',
    });
    this.cy = cy;
    const created = performance.now();
    if (view === 'influence' && missing.length) {
      const persons = cy.nodes('.person');
      const few = missing.length <= Math.max(3, people.length * 0.1) && missing.length < people.length;
      if (few) placeNear(cy, cy.collection(missing.map((e) => cy.getElementById(e.data.id))), saved);
      else await this.forceLayout(persons.length, saved);
    }
    const laidOut = performance.now();
    this.fitReadable();
    this.bind();
    // Wait for the first frame, so the time includes drawing.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const drawn = performance.now();
    this.timings = { build: built - started, create: created - built, layout: laidOut - created, draw: drawn - laidOut };
    this.lastLayoutMs = drawn - started;
    return this.lastLayoutMs;
  }

  async forceLayout(count, saved) {
    const cy = this.cy;
    await runLayout(cy.layout(influenceLayout(count, hasFcose)));
    cy.batch(() => {
      for (const n of cy.nodes('.person')) {
        const p = saved[n.id()];
        if (p) n.position({ x: p.x, y: p.y });
      }
    });
  }

  /** Lays the current view out afresh, ignoring saved positions. */
  async relayout() {
    const cy = this.cy;
    if (!cy) return;
    if (this.view === 'formal') {
      const persons = cy.nodes('.person');
      const tree = orgTreePositions(persons.map((n) => n.data()), cy.edges('[type = "REPORTS_TO"]').map((e) => e.data()));
      cy.batch(() => persons.forEach((n) => n.position(tree.positions[n.id()] ?? n.position())));
    } else {
      await this.forceLayout(cy.nodes('.person').length, {});
    }
    this.fitReadable();
  }

  /**
   * Fits the map when names stay readable; a big map instead opens at a readable zoom on its most
   * important part (the top of the org chart, the centre of the influence map). Fit shows it all.
   */
  fitReadable() {
    const cy = this.cy;
    const eles = cy.elements(':visible');
    cy.fit(eles, 30);
    const readable = this.view === 'formal' ? 0.62 : 0.45;
    if (cy.zoom() >= readable || eles.empty()) return;
    const box = eles.boundingBox();
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
      cy.center(eles);
    }
  }

  bind() {
    const cy = this.cy;
    const h = this.handlers;
    cy.on('tap', 'node.person', (e) => h.onSelect?.(e.target.id()));
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
    });
  }

  /** Updates people's data in place (opportunity switch, analysis, edits), keeping positions. */
  updatePeople(graph, analysis) {
    const fresh = buildElements(graph, analysis, this.view);
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
    return n && n.nonempty() ? n.data() : null;
  }

  /** Saved-position map of the current view. */
  positions() {
    const out = {};
    this.cy?.nodes('.person').forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    });
    return out;
  }

  /** Hides people and ties that do not pass the filters; returns {shown, total}. */
  applyFilters(f) {
    const cy = this.cy;
    if (!cy) return { shown: 0, total: 0 };
    const orgs = f.orgId ? this.orgAndDescendants(f.orgId) : null;
    let shown = 0;
    cy.batch(() => {
      const persons = cy.nodes('.person');
      persons.forEach((n) => {
        const d = n.data();
        const ok = (!orgs || (d.orgIds ?? []).some((o) => orgs.has(o)))
          && f.roles.has(d.roleKey) && f.stances.has(d.stance ?? 'NEUTRAL');
        n.toggleClass('filtered', !ok);
        if (ok) shown++;
      });
      cy.edges().forEach((e) => {
        const d = e.data();
        const ok = f.kinds.has(d.kindKey) && (d.type === 'REPORTS_TO' || (d.strength ?? 3) >= f.minStrength)
          && !e.source().hasClass('filtered') && !e.target().hasClass('filtered');
        e.toggleClass('filtered', !ok);
      });
    });
    return { shown, total: cy.nodes('.person').length };
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
    cy.batch(() => {
      cy.elements().removeClass('hl hl-root').addClass('faded');
      eles.removeClass('faded filtered').addClass('hl');
      if (root) cy.getElementById(root).addClass('hl-root');
    });
    if (fit && eles.nonempty()) cy.animate({ fit: { eles, padding: 70 } }, { duration: 300 });
    return { nodes: eles.nodes().length, edges: eles.edges().length };
  }

  clearEmphasis() {
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

  /** Visible people ordered left-to-right, top-to-bottom, for keyboard stepping. */
  readingOrder() {
    if (!this.cy) return [];
    return this.cy.nodes('.person').not('.filtered').sort((a, b) => {
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

function edgeLabel(d) {
  const kind = label('kind', d.kindKey);
  return d.type === 'REPORTS_TO' ? kind : `${kind} · ${d.strength ?? '?'}`;
}

/** Cytoscape elements for a view from the graph API, with the analysis folded into node data. */
export function buildElements(graph, analysis, view) {
  const scores = new Map((analysis?.people ?? []).map((p) => [p.id, p]));
  const hidden = new Set((analysis?.hidden ?? []).map((x) => x.personId));
  const coaches = new Set((analysis?.coaches ?? []).map((x) => x.personId));
  const blockers = new Set((analysis?.blockers ?? []).map((x) => x.personId));
  const maxInfluence = Math.max(0, ...[...scores.values()].map((s) => s.decisionInfluence ?? 0));
  const communities = new Set([...scores.values()].map((s) => s.community).filter((c) => c !== null && c !== undefined));
  const clustered = view === 'influence' && communities.size > 1;
  const communityIndex = new Map([...communities].sort((a, b) => a - b).map((c, i) => [c, i]));

  const out = [];
  for (const n of graph.elements.nodes) {
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
    if (clustered && s && communityIndex.has(s.community)) data.community = communityIndex.get(s.community);
    out.push({ group: 'nodes', classes: 'person', data });
  }
  const community = new Map(out.map((n) => [n.data.id, n.data.community]));
  for (const e of graph.elements.edges) {
    const data = { ...e.data, kindKey: e.data.type === 'REPORTS_TO' ? 'REPORTS_TO' : e.data.kind || 'OTHER' };
    // Ties inside a community pull harder in the force layout, so communities show as clusters.
    if (clustered) data.sameCommunity = community.get(data.source) !== undefined && community.get(data.source) === community.get(data.target);
    data.kindLabel = edgeLabel(data);
    out.push({ group: 'edges', classes: e.data.type === 'REPORTS_TO' ? 'formal' : 'tie', data });
  }
  return out;
}
