// The map's visual encoding, in one place: the Cytoscape stylesheet and the legend both read it.
// Every meaning is carried twice, so it survives colour-blindness and black-and-white print:
// decision role by node shape, stance by fill colour AND border style AND a symbol in the label,
// tie kind by colour AND dash pattern, strength by width, hidden decision-makers and coaches by badges.

export const ROLES = ['APPROVER', 'DECISION_MAKER', 'EVALUATOR', 'INFLUENCER', 'USER', 'GATEKEEPER', 'NONE'];
export const STANCES = ['OPPOSED', 'NEUTRAL', 'FAVORABLE', 'SUPPORTIVE', 'CHAMPION'];
export const KINDS = ['ADVICE', 'TRUST', 'FAMILY', 'FRIEND', 'EX_COLLEAGUE', 'ALUMNI', 'POLITICAL', 'OWNERSHIP', 'OTHER'];
export const TIE_KINDS = ['REPORTS_TO', ...KINDS];
export const RANKS = ['BOARD', 'C_LEVEL', 'VP', 'DIRECTOR', 'MANAGER', 'STAFF', 'EXTERNAL'];

export const SHAPES = {
  APPROVER: 'star',
  DECISION_MAKER: 'diamond',
  EVALUATOR: 'hexagon',
  INFLUENCER: 'triangle',
  USER: 'rectangle',
  GATEKEEPER: 'vee',
  NONE: 'ellipse',
};

// A diverging vermillion-grey-blue scale (Okabe-Ito vermillion, ColorBrewer blues): distinct under
// protan/deutan/tritan vision; the border style and the symbol repeat the step.
export const STANCE_STYLE = {
  OPPOSED: { fill: '#D55E00', text: '#000', border: 'dashed', width: 4, symbol: '✕' },
  NEUTRAL: { fill: '#DADADA', text: '#000', border: 'dotted', width: 3, symbol: '○' },
  FAVORABLE: { fill: '#A6CEE3', text: '#000', border: 'solid', width: 1.5, symbol: '+' },
  SUPPORTIVE: { fill: '#3C8DC4', text: '#fff', border: 'solid', width: 3.5, symbol: '++' },
  CHAMPION: { fill: '#08306B', text: '#fff', border: 'double', width: 6, symbol: '★' },
};
export const BORDER_COLOR = '#1b1f24';

export const KIND_STYLE = {
  REPORTS_TO: { color: '#6b7280', dash: null },
  ADVICE: { color: '#0072B2', dash: [9, 4] },
  TRUST: { color: '#009E73', dash: [2, 4] },
  FAMILY: { color: '#CC79A7', dash: [12, 3, 3, 3] },
  FRIEND: { color: '#E69F00', dash: [5, 5] },
  EX_COLLEAGUE: { color: '#56B4E9', dash: [10, 3, 2, 3, 2, 3] },
  ALUMNI: { color: '#D55E00', dash: [1, 3, 7, 3] },
  POLITICAL: { color: '#000000', dash: [15, 4] },
  OWNERSHIP: { color: '#8C510A', dash: [6, 2, 1, 2] },
  OTHER: { color: '#999999', dash: [3, 3] },
};
export const STRENGTH_WIDTH = { 1: 1.5, 2: 3, 3: 5 };

export const BADGES = {
  hidden: '⚑',
  coach: '✔',
  blocker: '⊘',
  risingStar: '↑',
  competitor: '⚔',
};

const RANK_SIZE = { BOARD: 52, C_LEVEL: 50, VP: 44, DIRECTOR: 40, MANAGER: 36, STAFF: 32, EXTERNAL: 36 };

/** Node size: by decision influence when the analysis is known (30..74 px), else by rank. */
export function nodeSize(data) {
  if (typeof data.influence === 'number') return Math.round(30 + 44 * Math.sqrt(Math.max(0, Math.min(1, data.influence))));
  return RANK_SIZE[data.rank] ?? 34;
}

/** The badge line under a person's name: stance symbol first, then any of the special marks. */
export function badgeLine(data) {
  const marks = [STANCE_STYLE[data.stance]?.symbol ?? '?'];
  if (data.hiddenDM) marks.push(BADGES.hidden);
  if (data.coach) marks.push(BADGES.coach);
  if (data.blocker) marks.push(BADGES.blocker);
  if (data.risingStar) marks.push(BADGES.risingStar);
  if (data.competitors?.length) marks.push(BADGES.competitor);
  return marks.join(' ');
}

const FONT = 'system-ui, "Noto Sans", "Noto Sans CJK SC", "DejaVu Sans", sans-serif';

/**
 * Everything a person's style depends on, precomputed into its data: the stylesheet then maps
 * data fields directly, which Cytoscape resolves much faster than a function per element.
 */
export function personStyleData(data) {
  const s = STANCE_STYLE[data.stance] ?? STANCE_STYLE.NEUTRAL;
  return { shape: SHAPES[data.roleKey] ?? 'ellipse', size: nodeSize(data), fill: s.fill, borderStyle: s.border, borderWidth: s.width };
}

/** The same for a tie in a view: colour and width (formal lines are thin, more so in the influence view). */
export function edgeStyleData(data, view) {
  const width = data.type === 'REPORTS_TO' ? (view === 'formal' ? 1.6 : 1) : STRENGTH_WIDTH[data.strength] ?? 2;
  return { color: (KIND_STYLE[data.kindKey] ?? KIND_STYLE.OTHER).color, width };
}

/** Width of an aggregated tie of the level-of-detail map: grows with the log of the ties it stands for. */
export function aggregateWidth(count) {
  return Math.round(Math.min(14, 1.5 + 2 * Math.log2(Math.max(1, count))) * 10) / 10;
}

/** A cluster box grows with the log of its people; the stance mix is a pie inside it (the label repeats it in symbols). */
export function clusterStyleData(data) {
  const width = Math.round(90 + 14 * Math.log2(Math.max(1, data.count ?? 1)));
  const total = Math.max(1, Object.values(data.stances ?? {}).reduce((a, b) => a + b, 0));
  const out = { width, height: Math.round(width * 0.62) };
  STANCES.forEach((st, i) => {
    out[`pie${i}`] = (100 * ((data.stances ?? {})[st] ?? 0)) / total;
  });
  return out;
}

/** The stance mix in symbols, most common first: "○ 40 · + 12 · ✕ 3". */
export function stanceMix(stances) {
  return Object.entries(stances ?? {}).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])
    .map(([st, n]) => `${STANCE_STYLE[st]?.symbol ?? '?'} ${n}`).join(' · ');
}

const kind = (ele) => KIND_STYLE[ele.data('kindKey')] ?? KIND_STYLE.OTHER;

/** The Cytoscape stylesheet of a view ('formal' = org chart, 'influence' = force-directed). */
export function stylesheet(view) {
  const formal = view === 'formal';
  return [
    {
      selector: 'node.person',
      style: {
        shape: 'data(shape)',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(fill)',
        'border-color': BORDER_COLOR,
        'border-style': 'data(borderStyle)',
        'border-width': 'data(borderWidth)',
        label: 'data(display)',
        'text-wrap': 'wrap',
        'text-max-width': 150,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'font-family': FONT,
        'font-size': formal ? 12.5 : 13,
        'line-height': 1.25,
        color: '#111',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': 1,
        // Names are unreadable below this on screen anyway; skipping them keeps big maps fast.
        'min-zoomed-font-size': 6,
      },
    },
    {
      selector: 'node.person[?offChart]',
      style: { 'background-blacken': -0.1 },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        opacity: 0.9,
        'font-family': FONT,
        'font-size': 10,
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.85,
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'edge[type = "INFLUENCES"]',
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': (ele) => kind(ele).dash ?? [6, 3],
        opacity: formal ? 0.55 : 0.85,
        // Over the org chart the informal ties arc away from the straight tree lines.
        ...(formal
          ? { 'curve-style': 'unbundled-bezier', 'control-point-distances': [45], 'control-point-weights': [0.5] }
          : { 'curve-style': 'bezier' }),
      },
    },
    {
      selector: 'edge[type = "REPORTS_TO"]',
      style: formal
        ? { 'curve-style': 'taxi', 'taxi-direction': 'downward', 'taxi-turn': 30, 'target-arrow-shape': 'none', 'line-style': 'solid' }
        : { 'line-style': 'solid', opacity: 0.45, 'arrow-scale': 0.6 },
    },
    // A big influence map seen whole: straight ties without arrow heads (map.js, OVERVIEW_ZOOM).
    { selector: 'edge.overview', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
    // Lines into a stacked column of reports form a comb; lines to teams below the column meet just above them.
    { selector: 'edge.line-right', style: { 'taxi-direction': 'rightward', 'taxi-turn': 16 } },
    { selector: 'edge.line-left', style: { 'taxi-direction': 'leftward', 'taxi-turn': 16 } },
    { selector: 'edge.line-below', style: { 'taxi-turn': -42 } },
    // Level of detail: a collapsed org is a labelled box (double border, like a folded group) with
    // its stance mix as a pie; aggregated ties are plain lines whose width grows with their count.
    {
      selector: 'node.cluster',
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: 'data(height)',
        'background-color': '#f1f5f9',
        'border-color': '#334155',
        'border-style': 'double',
        'border-width': 5,
        ...Object.fromEntries(STANCES.flatMap((st, i) => [[`pie-${i + 1}-background-color`, STANCE_STYLE[st].fill], [`pie-${i + 1}-background-size`, `data(pie${i})`]])),
        'pie-size': '72%',
        label: 'data(display)',
        'text-wrap': 'wrap',
        'text-max-width': 220,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'font-family': FONT,
        'font-size': 14,
        'font-weight': 'bold',
        'line-height': 1.25,
        color: '#111',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
        'min-zoomed-font-size': 5,
      },
    },
    {
      selector: 'node.cluster:selected',
      style: { 'underlay-color': '#0b5cad', 'underlay-opacity': 0.35, 'underlay-padding': 9, 'underlay-shape': 'round-rectangle', 'z-index': 30 },
    },
    {
      selector: 'edge.aggregate',
      style: {
        'curve-style': 'bezier',
        'line-style': 'solid',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        opacity: 0.55,
      },
    },
    { selector: 'edge.aggregate[relation = "INFLUENCES"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [10, 4], opacity: 0.7 } },
    // Communities of the influence view: a translucent numbered box behind the members (compound parent).
    {
      selector: 'node.community',
      style: {
        shape: 'round-rectangle',
        'background-color': '#64748b',
        'background-opacity': 0.08,
        'border-color': '#475569',
        'border-style': 'dashed',
        'border-width': 1.5,
        'border-opacity': 0.7,
        padding: 26,
        label: 'data(display)',
        // Named after hub and org: long names end in an ellipsis rather than run over the next box's label.
        'text-wrap': 'ellipsis',
        'text-max-width': 480,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-family': FONT,
        'font-size': 18,
        'font-weight': 'bold',
        color: '#334155',
        'min-zoomed-font-size': 4,
        'z-compound-depth': 'bottom',
      },
    },
    { selector: 'edge:selected, edge.hover', style: { label: 'data(kindLabel)', 'z-index': 20, opacity: 1 } },
    {
      selector: 'node.person:selected',
      style: { 'underlay-color': '#0b5cad', 'underlay-opacity': 0.35, 'underlay-padding': 9, 'underlay-shape': 'ellipse', 'z-index': 30 },
    },
    { selector: 'edge:selected', style: { 'underlay-color': '#0b5cad', 'underlay-opacity': 0.3, 'underlay-padding': 5 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
    {
      selector: 'node.hl',
      style: { 'underlay-color': '#FFB000', 'underlay-opacity': 0.75, 'underlay-padding': 10, 'underlay-shape': 'ellipse', 'z-index': 40, opacity: 1, 'text-opacity': 1 },
    },
    {
      selector: 'edge.hl',
      style: { 'underlay-color': '#FFB000', 'underlay-opacity': 0.75, 'underlay-padding': 5, 'z-index': 40, opacity: 1, label: 'data(kindLabel)' },
    },
    { selector: 'node.hl-root', style: { 'underlay-color': '#E03C31', 'underlay-opacity': 0.6 } },
    // A faded community box would fade its members with it (compound opacity is inherited).
    { selector: 'node.community.faded', style: { opacity: 1, 'text-opacity': 0.3, 'background-opacity': 0.04 } },
  ];
}
