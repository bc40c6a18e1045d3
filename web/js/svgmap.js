// The map as SVG, written from Cytoscape's rendered model (positions, sizes, computed styles, edge
// geometry) rather than by replaying canvas calls. It draws what the stylesheet in style.js uses:
// node shapes ellipse, rectangle, round-rectangle, diamond, hexagon, triangle, star and vee (any
// other falls back to a rectangle), solid/dotted/dashed/double borders, cluster pies, underlays,
// wrapped labels with their background, bezier/unbundled-bezier/taxi edges with dash patterns and
// triangle arrow heads. The geometry follows Cytoscape 3.33's canvas renderer so the file matches
// the screen. User text only ever goes in through textContent.

const SVG_NS = 'http://www.w3.org/2000/svg';

const num = (v) => Math.round(v * 100) / 100;

function el(tag, attrs, text) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== '') e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

// ----- node shapes: unit polygons as Cytoscape generates them (x, y in [-1, 1], y down) -----

function ngon(sides, rotation = 0) {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  const pts = [];
  for (let i = 0; i < sides; i++) pts.push([Math.cos(start + i * step), Math.sin(-(start + i * step))]);
  return pts;
}

/** Stretches a polygon to fill [-1, 1] on both axes and moves it down to touch the top, as Cytoscape's fitPolygonToSquare. */
function fitToSquare(pts) {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const out = pts.map(([x, y]) => [x * sx, y * sy]);
  const minY = Math.min(...out.map((p) => p[1]));
  return minY < -1 ? out.map(([x, y]) => [x, y - 1 - minY]) : out;
}

function star5() {
  const outer = ngon(5);
  const inner = ngon(5, Math.PI / 5).map(([x, y]) => [x * 0.5 * (3 - Math.sqrt(5)) * 1.57, y * 0.5 * (3 - Math.sqrt(5)) * 1.57]);
  return fitToSquare(outer.flatMap((p, i) => [p, inner[i]]));
}

const POLYGONS = {
  rectangle: [[-1, -1], [1, -1], [1, 1], [-1, 1]],
  diamond: [[0, 1], [1, 0], [0, -1], [-1, 0]],
  triangle: fitToSquare(ngon(3)),
  hexagon: fitToSquare(ngon(6)),
  star: star5(),
  vee: [[-1, -1], [0, -0.333], [1, -1], [0, 1]],
};

/** The outline of a node shape of w x h centred on (x, y), as path data. */
function shapePath(shape, x, y, w, h) {
  if (shape === 'ellipse') {
    const rx = w / 2;
    const ry = h / 2;
    return `M${num(x - rx)} ${num(y)}A${num(rx)} ${num(ry)} 0 1 0 ${num(x + rx)} ${num(y)}A${num(rx)} ${num(ry)} 0 1 0 ${num(x - rx)} ${num(y)}Z`;
  }
  if (shape === 'round-rectangle' || shape === 'roundrectangle') {
    const r = Math.min(w / 4, h / 4, 8); // Cytoscape's 'auto' corner radius
    const x1 = x - w / 2;
    const y1 = y - h / 2;
    return `M${num(x1 + r)} ${num(y1)}H${num(x1 + w - r)}A${num(r)} ${num(r)} 0 0 1 ${num(x1 + w)} ${num(y1 + r)}V${num(y1 + h - r)}`
      + `A${num(r)} ${num(r)} 0 0 1 ${num(x1 + w - r)} ${num(y1 + h)}H${num(x1 + r)}A${num(r)} ${num(r)} 0 0 1 ${num(x1)} ${num(y1 + h - r)}`
      + `V${num(y1 + r)}A${num(r)} ${num(r)} 0 0 1 ${num(x1 + r)} ${num(y1)}Z`;
  }
  const pts = POLYGONS[shape] ?? POLYGONS.rectangle;
  return `M${pts.map(([px, py]) => `${num(x + (px * w) / 2)} ${num(y + (py * h) / 2)}`).join('L')}Z`;
}

/** stroke-dasharray of a border or line style, as the canvas renderer sets its line dash. */
function dashArray(style, pattern) {
  if (style === 'dotted') return '1 1';
  if (style === 'dashed') return (pattern ?? [4, 2]).map(num).join(' ');
  return undefined;
}

// ----- labels -----

const measure = document.createElement('canvas').getContext('2d');

function font(ele) {
  return { family: ele.style('font-family'), size: ele.numericStyle('font-size'), weight: ele.style('font-weight'), style: ele.style('font-style') };
}

/** The label's lines: explicit line breaks, then words wrapped to text-max-width as Cytoscape's 'wrap' does. */
function labelLines(ele, text, f) {
  if (ele.style('text-wrap') !== 'wrap') return [text];
  const max = ele.numericStyle('text-max-width');
  measure.font = `${f.style} ${f.weight} ${f.size}px ${f.family}`;
  const lines = [];
  for (const line of text.split('\n')) {
    if (measure.measureText(line).width <= max) {
      lines.push(line);
      continue;
    }
    let current = '';
    for (const word of line.split(/[\s\u200b]+/)) {
      const next = current ? `${current} ${word}` : word;
      if (current && measure.measureText(next).width > max) {
        lines.push(current);
        current = word;
      } else {
        current = next;
      }
    }
    if (current) lines.push(current);
  }
  return lines;
}

/**
 * A label at (x, y) (the label anchor Cytoscape computes for the valign/halign), with its background
 * box: `valign` says whether the text hangs below the anchor, sits above it, or is centred on it.
 */
function drawLabel(parent, ele, text, { x, y, valign, halign, rotate, opacity }) {
  const f = font(ele);
  const lines = labelLines(ele, text, f);
  measure.font = `${f.style} ${f.weight} ${f.size}px ${f.family}`;
  const width = Math.max(...lines.map((l) => measure.measureText(l).width));
  const lineBox = f.size * 1.2; // the browser's 'normal' line box, which Cytoscape measures
  const step = lineBox * ele.numericStyle('line-height');
  const height = lineBox * lines.length + (lines.length - 1) * (step - lineBox);
  const top = y + ele.numericStyle('text-margin-y') + (valign === 'top' ? -height : valign === 'center' ? -height / 2 : 0);
  const cx = x + ele.numericStyle('text-margin-x') + (halign === 'left' ? -width / 2 : halign === 'right' ? width / 2 : 0);
  const g = el('g', { class: 'label', opacity: opacity < 1 ? num(opacity) : undefined, transform: rotate ? `rotate(${num(rotate)} ${num(x)} ${num(y)})` : undefined });
  const bgOpacity = ele.numericStyle('text-background-opacity');
  if (bgOpacity > 0) {
    const pad = ele.numericStyle('text-background-padding');
    g.append(el('rect', { x: num(cx - width / 2 - pad), y: num(top - pad), width: num(width + 2 * pad), height: num(height + 2 * pad), fill: ele.style('text-background-color'), 'fill-opacity': num(bgOpacity) }));
  }
  const t = el('text', {
    x: num(cx), 'text-anchor': 'middle', 'font-family': f.family, 'font-size': num(f.size),
    'font-weight': f.weight === 'normal' ? undefined : f.weight, 'font-style': f.style === 'normal' ? undefined : f.style, fill: ele.style('color'),
  });
  // Canvas draws each line with its bottom on the line box's bottom; the baseline sits ~0.25 em above.
  lines.forEach((line, i) => t.append(el('tspan', { x: num(cx), y: num(top + lineBox + i * step - 0.25 * f.size) }, line)));
  g.append(t);
  parent.append(g);
}

// ----- nodes -----

function drawNode(parent, n) {
  const { x, y } = n.position();
  const pad = n.padding();
  const w = n.width() + 2 * pad;
  const h = n.height() + 2 * pad;
  const opacity = n.effectiveOpacity();
  const shape = n.style('shape');
  const g = el('g', { class: `node ${n.classes().filter((c) => ['person', 'cluster', 'community'].includes(c)).join(' ')} ${shape}`.trim(), opacity: opacity < 1 ? num(opacity) : undefined });

  const underlay = n.numericStyle('underlay-opacity');
  if (underlay > 0) {
    const up = n.numericStyle('underlay-padding');
    g.append(el('path', { class: 'underlay', d: shapePath(n.style('underlay-shape'), x, y, w + 2 * up, h + 2 * up), fill: n.style('underlay-color'), 'fill-opacity': num(underlay) }));
  }

  const d = shapePath(shape, x, y, w, h);
  const border = n.numericStyle('border-width');
  const borderStyle = n.style('border-style');
  g.append(el('path', {
    class: 'shape', d, fill: n.style('background-color'), 'fill-opacity': num(n.numericStyle('background-opacity')),
    stroke: border > 0 ? n.style('border-color') : 'none', 'stroke-width': border > 0 ? num(border) : undefined,
    'stroke-opacity': border > 0 ? num(n.numericStyle('border-opacity')) : undefined,
    'stroke-dasharray': border > 0 ? dashArray(borderStyle, n.numericStyle('border-dash-pattern')) : undefined,
  }));
  // 'double': the canvas erases the middle third of the stroke; on the white page that is white.
  if (border > 0 && borderStyle === 'double') g.append(el('path', { d, fill: 'none', stroke: '#ffffff', 'stroke-width': num(border / 3) }));

  // background-blacken < 0 lightens (a white veil), > 0 darkens (a black one).
  const blacken = n.numericStyle('background-blacken');
  if (blacken) g.append(el('path', { d, fill: blacken > 0 ? '#000000' : '#ffffff', 'fill-opacity': num(Math.abs(blacken)), stroke: 'none' }));

  drawPie(g, n, x, y, Math.min(n.width(), n.height()));

  const text = n.style('label');
  if (text) {
    const valign = n.style('text-valign');
    const halign = n.style('text-halign');
    const ly = valign === 'top' ? y - h / 2 : valign === 'bottom' ? y + h / 2 : y;
    const lx = halign === 'left' ? x - w / 2 : halign === 'right' ? x + w / 2 : x;
    drawLabel(g, n, text, { x: lx, y: ly, valign, halign, opacity: n.numericStyle('text-opacity') });
  }
  parent.append(g);
}

/** A cluster's stance mix: pie slices from 12 o'clock clockwise, as the canvas draws them. */
function drawPie(g, n, x, y, side) {
  const size = n.style('pie-size');
  const radius = size.endsWith('%') ? (side / 2) * (parseFloat(size) / 100) : parseFloat(size) / 2;
  let done = 0; // share of the circle drawn so far
  for (let i = 1; i <= 16; i++) {
    const share = Math.min(parseFloat(n.style(`pie-${i}-background-size`)) / 100, 1 - done);
    if (!(share > 0)) continue;
    const fill = n.style(`pie-${i}-background-color`);
    const fillOpacity = num(n.numericStyle(`pie-${i}-background-opacity`));
    if (share >= 1) {
      g.append(el('circle', { class: 'pie', cx: num(x), cy: num(y), r: num(radius), fill, 'fill-opacity': fillOpacity }));
      return;
    }
    const p = (a) => `${num(x + radius * Math.cos(a))} ${num(y + radius * Math.sin(a))}`;
    const from = -Math.PI / 2 + 2 * Math.PI * done;
    const to = from + 2 * Math.PI * share;
    g.append(el('path', { class: 'pie', d: `M${num(x)} ${num(y)}L${p(from)}A${num(radius)} ${num(radius)} 0 ${share > 0.5 ? 1 : 0} 1 ${p(to)}Z`, fill, 'fill-opacity': fillOpacity }));
    done += share;
  }
}

// ----- edges -----

/** Path data and the direction into the target, from the endpoints and the bend or control points. */
function edgeGeometry(e) {
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const ctrl = e.controlPoints();
  if (ctrl?.length) {
    // Cytoscape chains quadratic curves through the midpoints between consecutive control points.
    const parts = [];
    ctrl.forEach((c, i) => {
      const to = i + 1 < ctrl.length ? { x: (c.x + ctrl[i + 1].x) / 2, y: (c.y + ctrl[i + 1].y) / 2 } : t;
      parts.push({ c, to });
    });
    return { start: s, end: t, last: ctrl[ctrl.length - 1], quad: parts };
  }
  const bends = e.segmentPoints() ?? [];
  return { start: s, end: t, last: bends.length ? bends[bends.length - 1] : s, bends };
}

function drawEdge(parent, e) {
  const geo = edgeGeometry(e);
  const width = e.numericStyle('width');
  const opacity = e.effectiveOpacity();
  const arrow = e.style('target-arrow-shape');
  const arrowScale = e.numericStyle('arrow-scale');
  const dx = geo.end.x - geo.last.x;
  const dy = geo.end.y - geo.last.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  // With an arrow head the line stops short of the tip by Cytoscape's standard gap.
  const gap = arrow === 'none' ? 0 : Math.min(len, width * arrowScale * 2);
  const end = { x: geo.end.x - ux * gap, y: geo.end.y - uy * gap };
  const pt = (p) => `${num(p.x)} ${num(p.y)}`;
  let d = `M${pt(geo.start)}`;
  if (geo.quad) geo.quad.forEach(({ c, to }, i) => { d += `Q${pt(c)} ${pt(i === geo.quad.length - 1 ? end : to)}`; });
  else d += `${geo.bends.map((b) => `L${pt(b)}`).join('')}L${pt(end)}`;

  const g = el('g', { class: 'edge', opacity: opacity < 1 ? num(opacity) : undefined });
  const underlay = e.numericStyle('underlay-opacity');
  if (underlay > 0) {
    g.append(el('path', { class: 'underlay', d, fill: 'none', stroke: e.style('underlay-color'), 'stroke-opacity': num(underlay), 'stroke-width': num(width + 2 * e.numericStyle('underlay-padding')) }));
  }
  g.append(el('path', {
    class: 'line', d, fill: 'none', stroke: e.style('line-color'), 'stroke-width': num(width),
    'stroke-dasharray': dashArray(e.style('line-style'), e.numericStyle('line-dash-pattern')),
    'stroke-dashoffset': e.style('line-style') === 'dashed' ? num(e.numericStyle('line-dash-offset')) || undefined : undefined,
  }));
  if (arrow !== 'none') {
    // Every arrow the stylesheet uses is a triangle: tip on the target, 0.3 x size long, 0.3 x size wide.
    const size = Math.max((width * 13.37) ** 0.9, 29) * arrowScale;
    const bx = geo.end.x - ux * 0.3 * size;
    const by = geo.end.y - uy * 0.3 * size;
    const nx = -uy * 0.15 * size;
    const ny = ux * 0.15 * size;
    g.append(el('path', { class: 'arrow', d: `M${pt(geo.end)}L${pt({ x: bx + nx, y: by + ny })}L${pt({ x: bx - nx, y: by - ny })}Z`, fill: e.style('target-arrow-color') }));
  }
  const text = e.style('label');
  if (text) {
    const mid = e.midpoint();
    let angle = e.style('text-rotation') === 'autorotate' ? (Math.atan2(geo.end.y - geo.start.y, geo.end.x - geo.start.x) * 180) / Math.PI : 0;
    if (angle > 90) angle -= 180;
    else if (angle < -90) angle += 180;
    drawLabel(g, e, text, { x: mid.x, y: mid.y, valign: 'center', halign: 'center', rotate: angle, opacity: e.numericStyle('text-opacity') });
  }
  parent.append(g);
}

// ----- the drawing -----

const zIndex = (a, b) => a.numericStyle('z-index') - b.numericStyle('z-index');

/**
 * An <svg> of the given nodes and edges, showing the model-coordinate box `view` ({x, y, w, h}) at
 * `width` x `height`; what lies outside the box is clipped. Painted as Cytoscape layers them:
 * compound boxes (communities) at the bottom, then edges, then the other nodes, each by z-index.
 */
export function mapSvg(nodes, edges, { view, width, height }) {
  const svg = el('svg', { width, height, viewBox: `${num(view.x)} ${num(view.y)} ${num(view.w)} ${num(view.h)}`, overflow: 'hidden' });
  svg.append(el('rect', { x: num(view.x), y: num(view.y), width: num(view.w), height: num(view.h), fill: '#ffffff' }));
  const parents = nodes.filter((n) => n.isParent()).sort((a, b) => a.ancestors().length - b.ancestors().length || zIndex(a, b));
  const boxes = el('g', { class: 'boxes' });
  parents.forEach((n) => drawNode(boxes, n));
  const lines = el('g', { class: 'edges' });
  edges.sort(zIndex).forEach((e) => drawEdge(lines, e));
  const people = el('g', { class: 'nodes' });
  nodes.filter((n) => !n.isParent()).sort(zIndex).forEach((n) => drawNode(people, n));
  svg.append(boxes, lines, people);
  return svg;
}
