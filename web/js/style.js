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
const stance = (ele) => STANCE_STYLE[ele.data('stance')] ?? STANCE_STYLE.NEUTRAL;
const kind = (ele) => KIND_STYLE[ele.data('kindKey')] ?? KIND_STYLE.OTHER;

/** The Cytoscape stylesheet of a view ('formal' = org chart, 'influence' = force-directed). */
export function stylesheet(view) {
  const formal = view === 'formal';
  return [
    {
      selector: 'node.person',
      style: {
        shape: (ele) => SHAPES[ele.data('roleKey')] ?? 'ellipse',
        width: (ele) => nodeSize(ele.data()),
        height: (ele) => nodeSize(ele.data()),
        'background-color': (ele) => stance(ele).fill,
        'border-color': BORDER_COLOR,
        'border-style': (ele) => stance(ele).border,
        'border-width': (ele) => stance(ele).width,
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
        width: (ele) => (ele.data('type') === 'REPORTS_TO' ? (formal ? 1.6 : 1) : STRENGTH_WIDTH[ele.data('strength')] ?? 2),
        'line-color': (ele) => kind(ele).color,
        'target-arrow-color': (ele) => kind(ele).color,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        opacity: 0.9,
        'font-family': FONT,
        'font-size': 10,
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.85,
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
    // Lines into a stacked column of reports form a comb; lines to teams below the column meet just above them.
    { selector: 'edge.line-right', style: { 'taxi-direction': 'rightward', 'taxi-turn': 16 } },
    { selector: 'edge.line-left', style: { 'taxi-direction': 'leftward', 'taxi-turn': 16 } },
    { selector: 'edge.line-below', style: { 'taxi-turn': -42 } },
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
  ];
}
