// The legend: drawn from the same encoding tables as the map's stylesheet, so the two cannot drift.
import { h, svg, fill } from './dom.js';
import { t, label } from './i18n.js';
import { ROLES, STANCES, TIE_KINDS, SHAPES, STANCE_STYLE, KIND_STYLE, STRENGTH_WIDTH, BADGES, BORDER_COLOR } from './style.js';

export const SHAPE_POINTS = {
  star: '9,1 11,7 17,7 12,11 14,17 9,13 4,17 6,11 1,7 7,7',
  diamond: '9,1 17,9 9,17 1,9',
  hexagon: '5,2 13,2 17,9 13,16 5,16 1,9',
  triangle: '9,2 17,16 1,16',
  rectangle: '2,2 16,2 16,16 2,16',
  vee: '1,2 9,8 17,2 9,17',
};

export function shapeIcon(shape) {
  const common = { fill: '#ffffff', stroke: BORDER_COLOR, 'stroke-width': 1.5 };
  const body = shape === 'ellipse' ? svg('circle', { cx: 9, cy: 9, r: 7, ...common }) : svg('polygon', { points: SHAPE_POINTS[shape], ...common });
  return svg('svg', { width: 15, height: 15, viewBox: '0 0 18 18', 'aria-hidden': 'true' }, body);
}

const DASH = { dashed: '4 2', dotted: '1.5 2', solid: null, double: null };

export function stanceIcon(stance, size = 18) {
  const s = STANCE_STYLE[stance] ?? STANCE_STYLE.NEUTRAL;
  const parts = [svg('circle', { cx: 9, cy: 9, r: 7, fill: s.fill, stroke: BORDER_COLOR, 'stroke-width': Math.min(s.width, 2.5), 'stroke-dasharray': DASH[s.border] })];
  if (s.border === 'double') parts.push(svg('circle', { cx: 9, cy: 9, r: 4.5, fill: 'none', stroke: '#ffffff', 'stroke-width': 1 }));
  return svg('svg', { width: size, height: size, viewBox: '0 0 18 18', 'aria-hidden': 'true' }, parts);
}

function lineIcon(kind, width = 2.5) {
  const k = KIND_STYLE[kind];
  return svg('svg', { width: 30, height: 10, viewBox: '0 0 34 10', 'aria-hidden': 'true' },
    svg('line', { x1: 1, y1: 5, x2: 33, y2: 5, stroke: k.color, 'stroke-width': width, 'stroke-dasharray': k.dash ? k.dash.map((d) => d * 0.7).join(' ') : null }));
}

function widthIcon(w) {
  return svg('svg', { width: 30, height: 10, viewBox: '0 0 34 10', 'aria-hidden': 'true' },
    svg('line', { x1: 1, y1: 5, x2: 33, y2: 5, stroke: '#444', 'stroke-width': w }));
}

function clusterIcon() {
  return svg('svg', { width: 22, height: 15, viewBox: '0 0 22 15', 'aria-hidden': 'true' },
    svg('rect', { x: 1, y: 1, width: 20, height: 13, rx: 3, fill: '#f1f5f9', stroke: '#334155', 'stroke-width': 1 }),
    svg('rect', { x: 3, y: 3, width: 16, height: 9, rx: 2, fill: 'none', stroke: '#334155', 'stroke-width': 1 }));
}

function communityIcon() {
  return svg('svg', { width: 22, height: 15, viewBox: '0 0 22 15', 'aria-hidden': 'true' },
    svg('rect', { x: 1, y: 1, width: 20, height: 13, rx: 3, fill: '#64748b', 'fill-opacity': 0.15, stroke: '#475569', 'stroke-dasharray': '3 2' }),
    svg('text', { x: 11, y: 10.5, 'text-anchor': 'middle', 'font-size': 8, 'font-weight': 'bold', fill: '#334155' }, '1'));
}

export function renderLegend(el) {
  const item = (icon, text) => h('li', null, icon, h('span', { text }));
  const glyph = (g) => h('span', { class: 'glyph', text: g, 'aria-hidden': 'true' });
  fill(el,
    h('div', { class: 'cols' },
      h('div', null,
        h('h4', { text: t('legend.roles') }),
        h('ul', null, ROLES.map((r) => item(shapeIcon(SHAPES[r]), label('role', r))))),
      h('div', null,
        h('h4', { text: t('legend.stance') }),
        h('ul', null, STANCES.map((s) => item(stanceIcon(s, 15), `${STANCE_STYLE[s].symbol} ${label('stance', s)}`))),
        h('h4', { text: t('legend.strength') }),
        h('ul', null, [1, 2, 3].map((s) => item(widthIcon(STRENGTH_WIDTH[s]), label('strength', s))))),
      h('div', null,
        h('h4', { text: t('legend.ties') }),
        h('ul', { class: 'two' }, TIE_KINDS.map((k) => item(lineIcon(k, k === 'REPORTS_TO' ? 1.6 : 2.5), label('kind', k))))),
      h('div', null,
        h('h4', { text: t('legend.badges') }),
        h('ul', null,
          item(glyph(BADGES.hidden), t('badge.hidden')),
          item(glyph(BADGES.coach), t('badge.coach')),
          item(glyph(BADGES.blocker), t('badge.blocker')),
          item(glyph(BADGES.risingStar), t('badge.risingStar')),
          item(glyph(BADGES.competitor), t('badge.competitor'))),
        h('p', { class: 'muted', text: t('legend.size') })),
      h('div', null,
        h('h4', { text: t('legend.groups') }),
        h('ul', null,
          item(clusterIcon(), t('legend.cluster')),
          item(widthIcon(5), t('legend.aggregate')),
          item(communityIcon(), t('legend.community'))))));
}
