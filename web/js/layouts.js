// Layouts chosen by measurement (STACK.md, headless Chromium here): drawing 1,000 nodes takes under
// a second, force-directed layout (fcose/cose) ~20 s. So the org view uses our own linear-time tidy
// tree, and the influence view runs fcose only for small maps; saved positions always win.
import { RANKS } from './style.js';

const COLUMN = 160; // horizontal room per person (node plus a two-line label)
const LEVEL = 150; // vertical distance between reporting levels
const STACK_X = 80; // offset of a stacked report from its manager
const STACK_ROW = 92; // vertical distance inside a stacked column of direct reports
const STACK_TWO_COLUMNS = 3; // from this many stacked reports on, use a column on each side of the spine

/** Room a node needs: a person fits the grid; a level-of-detail cluster box with its three-line label is bigger. */
function room(p) {
  if (p.type !== 'cluster') return { w: COLUMN, h: STACK_ROW };
  return { w: Math.max(COLUMN, Math.max(p.width ?? 0, 200) + 24), h: Math.max(STACK_ROW, (p.height ?? 0) + 66) };
}

const rankOrder = (d) => {
  const i = RANKS.indexOf(d.rank);
  return i < 0 ? RANKS.length : i;
};
const byRankThenName = (a, b) => rankOrder(a) - rankOrder(b) || String(a.name).localeCompare(String(b.name)) || String(a.id).localeCompare(String(b.id));

/**
 * Top-down org chart for `people` (node data) and `lines` ({source: boss, target: report}).
 * Each subtree is laid out in its own box. Reports who have no reports of their own are stacked in
 * a column under their manager (as printed org charts do), so teams do not stretch the chart
 * sideways. People outside every reporting line go in rows under the chart, grouped by organisation.
 * O(n log n). Returns {positions: {id: {x, y}}, lines: Map of report id -> 'right' | 'left' | 'below'},
 * which says how to draw a report's line: a comb into a stacked column, or a bus just above them.
 */
export function orgTreePositions(people, lines) {
  const byId = new Map(people.map((p) => [p.id, p]));
  const children = new Map();
  const hasBoss = new Set();
  for (const l of lines) {
    if (!byId.has(l.source) || !byId.has(l.target) || l.source === l.target || hasBoss.has(l.target)) continue;
    hasBoss.add(l.target);
    if (!children.has(l.source)) children.set(l.source, []);
    children.get(l.source).push(byId.get(l.target));
  }
  for (const list of children.values()) list.sort(byRankThenName);

  const stacked = new Map();
  const visited = new Set();
  // Returns {pts: [[id, x, y]], left, right} with the subtree root at x = 0, y = 0.
  function layout(person) {
    visited.add(person.id);
    const own = room(person);
    const kids = (children.get(person.id) ?? []).filter((k) => !visited.has(k.id));
    if (kids.length === 0) return { pts: [[person.id, 0, 0]], left: -own.w / 2, right: own.w / 2 };
    const leaves = kids.filter((k) => !(children.get(k.id)?.length));
    const branches = kids.filter((k) => children.get(k.id)?.length);
    const pts = [[person.id, 0, 0]];
    let left = -own.w / 2;
    let right = own.w / 2;
    let stackBottom = 0;
    // A manager bigger than a person (a cluster) pushes what hangs under it down.
    const drop = own.h - STACK_ROW;
    if (leaves.length >= 2 || (leaves.length === 1 && branches.length > 0)) {
      // The leaf reports hang in a column (two for big teams) under the manager; rows are as tall as their biggest node.
      const two = leaves.length >= STACK_TWO_COLUMNS;
      let y = LEVEL * 0.7 + drop;
      let widest = COLUMN;
      leaves.forEach((k, i) => {
        visited.add(k.id);
        const side = two && i % 2 === 1 ? -1 : 1;
        stacked.set(k.id, side > 0 ? 'right' : 'left');
        const r = room(k);
        widest = Math.max(widest, r.w);
        pts.push([k.id, side * (STACK_X + (r.w - COLUMN) / 2), y]);
        stackBottom = Math.max(stackBottom, y + r.h - STACK_ROW);
        const rowEnds = !two || i % 2 === 1 || i === leaves.length - 1;
        if (rowEnds) y += Math.max(r.h, two && i % 2 === 1 ? room(leaves[i - 1]).h : 0);
      });
      right = Math.max(right, STACK_X + widest - COLUMN / 2);
      if (two) left = Math.min(left, -STACK_X - widest + COLUMN / 2);
    } else {
      branches.push(...leaves);
    }
    if (branches.length) {
      const subs = branches.map(layout);
      // Branches start below the stacked column and to the right of it.
      const below = leaves.length > 0 && stacked.has(leaves[0].id);
      const top = below ? stackBottom + LEVEL * 0.8 : LEVEL + drop;
      if (below) for (const b of branches) stacked.set(b.id, 'below');
      let cursor = 0;
      const offsets = subs.map((s) => {
        const off = cursor - s.left;
        cursor = off + s.right;
        return off;
      });
      const center = (offsets[0] + offsets[offsets.length - 1]) / 2;
      subs.forEach((s, i) => {
        for (const [id, x, y] of s.pts) pts.push([id, x + offsets[i] - center, y + top]);
      });
      left = Math.min(left, -center);
      right = Math.max(right, cursor - center);
    }
    return { pts, left, right };
  }

  const positions = {};
  const roots = people.filter((p) => !hasBoss.has(p.id) && children.get(p.id)?.length).sort((a, b) =>
    subtreeSize(b.id, children) - subtreeSize(a.id, children) || byRankThenName(a, b));
  let cursor = 0;
  let bottom = 0;
  for (const root of roots) {
    const tree = layout(root);
    const off = cursor - tree.left;
    for (const [id, x, y] of tree.pts) {
      positions[id] = { x: x + off, y };
      bottom = Math.max(bottom, y);
    }
    cursor = off + tree.right + COLUMN * 0.4;
  }

  // Everyone not placed yet: outside the reporting lines (advisors, regulators, relatives...).
  const rest = people.filter((p) => !(p.id in positions)).sort((a, b) =>
    String(a.orgName ?? '\uffff').localeCompare(String(b.orgName ?? '\uffff')) || byRankThenName(a, b));
  if (rest.length) {
    const cell = rest.reduce((c, p) => {
      const r = room(p);
      return { w: Math.max(c.w, r.w), h: Math.max(c.h, r.h + LEVEL * 0.8 - STACK_ROW) };
    }, { w: COLUMN, h: LEVEL * 0.8 });
    const width = Math.max(cursor, cell.w * 6);
    const perRow = Math.max(4, Math.floor(width / cell.w));
    const top = roots.length ? bottom + LEVEL * 1.2 : 0;
    rest.forEach((p, i) => {
      positions[p.id] = { x: (i % perRow) * cell.w + cell.w / 2, y: top + Math.floor(i / perRow) * cell.h };
    });
  }
  return { positions, lines: stacked };
}

function subtreeSize(id, children) {
  let n = 0;
  const stack = [id];
  const seen = new Set();
  while (stack.length) {
    const cur = stack.pop();
    if (seen.has(cur)) continue;
    seen.add(cur);
    n++;
    for (const k of children.get(cur) ?? []) stack.push(k.id);
  }
  return n;
}

/** fcose below this many people; above it the draft (spectral) pass only, which is near-linear. */
export const FORCE_LIMIT = 350;

/** Cytoscape layout options for the influence view. */
export function influenceLayout(personCount, hasFcose) {
  if (!hasFcose) return { name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: true, numIter: personCount > FORCE_LIMIT ? 200 : 1000 };
  return {
    name: 'fcose',
    quality: personCount > FORCE_LIMIT ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: true,
    packComponents: true,
    nodeRepulsion: () => 4500,
    // With an analysis, ties inside a community are short and stiff, ties across long and loose.
    idealEdgeLength: (edge) => {
      const base = edge.data('type') === 'REPORTS_TO' ? 80 : 45 + 20 * (3 - (edge.data('strength') ?? 2));
      const same = edge.data('sameCommunity');
      return same === undefined ? base : same ? base * 0.7 : base * 2.2;
    },
    edgeElasticity: (edge) => {
      const same = edge.data('sameCommunity');
      if (same !== undefined) return same ? 0.6 : 0.05;
      return edge.data('type') === 'REPORTS_TO' ? 0.2 : 0.45;
    },
    nestingFactor: 0.1,
    gravity: 0.4,
    numIter: 2500,
    tilingPaddingVertical: 20,
    tilingPaddingHorizontal: 20,
    tile: true,
  };
}
