// Map image export: PNG at 1x/2x/4x and SVG, of the whole map or the current view, each with a
// title band above and the legend below the map. PNG is composed on a canvas, SVG wraps the map's
// vector drawing (our own writer, svgmap.js) in an outer SVG with text elements. The browser's
// canvas limits are respected by lowering the scale, never by producing a blank or cut image.
import { $, h } from './dom.js';
import { t, label } from './i18n.js';
import { ROLES, STANCES, TIE_KINDS, SHAPES, STANCE_STYLE, KIND_STYLE, BORDER_COLOR } from './style.js';
import { SHAPE_POINTS } from './legend.js';
import { api } from './api.js';
import { mapSvg } from './svgmap.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, "Noto Sans", "Noto Sans CJK SC", "DejaVu Sans", sans-serif';

/**
 * Chromium refuses canvases over 32,767 px a side or ~268 M px in all, and draws nothing (a blank
 * image) near those limits on small machines; these budgets stay well inside (1 GB of RGBA at the
 * area limit would already fail on many laptops).
 */
export const LIMITS = { side: 16384, area: 64 * 1024 * 1024 };

/** The image's bands at scale 1: padding, title band, legend band and its minimum width. */
export const LAYOUT = { pad: 24, title: 58, legend: 176, legendWidth: 840 };

export const SCALES = [1, 2, 4];

/** The largest scale <= requested at which a w x h (scale 1) image fits the limits, to 2 decimals. */
export function fitScale(requested, w, h) {
  const s = Math.min(requested, LIMITS.side / w, LIMITS.side / h, Math.sqrt(LIMITS.area / (w * h)));
  return Math.max(0.01, Math.floor(s * 100) / 100);
}

// ----- the title and legend as drawing operations, rendered to canvas or SVG -----

function titleOps(title, width) {
  return [
    { op: 'text', x: LAYOUT.pad, y: 30, text: title.main, size: 19, weight: 'bold', maxWidth: width - 2 * LAYOUT.pad },
    { op: 'text', x: LAYOUT.pad, y: 50, text: title.sub, size: 12, color: '#444444', maxWidth: width - 2 * LAYOUT.pad },
  ];
}

function legendOps(top) {
  const ops = [];
  const row = 18;
  const head = (x, text) => ops.push({ op: 'text', x, y: top + 16, text, size: 12, weight: 'bold' });
  const item = (x, i, text) => ops.push({ op: 'text', x: x + 26, y: top + 36 + i * row, text, size: 11 });
  let x = LAYOUT.pad;
  head(x, t('legend.stance'));
  STANCES.forEach((s, i) => {
    const st = STANCE_STYLE[s];
    ops.push({ op: 'circle', cx: x + 9, cy: top + 32 + i * row, r: 7, fill: st.fill, stroke: BORDER_COLOR, width: 1.5 });
    item(x, i, `${st.symbol} ${label('stance', s)}`);
  });
  x += 240; // room for the longest heading ("Stance (colour, border, symbol)" in bold)
  head(x, t('legend.roles'));
  ROLES.forEach((r, i) => {
    const pts = SHAPE_POINTS[SHAPES[r]];
    const y0 = top + 32 + i * row - 7;
    if (pts) {
      const points = pts.split(' ').map((p) => p.split(',').map(Number)).map(([px, py]) => [x + 1 + px * 0.8, y0 + py * 0.8]);
      ops.push({ op: 'polygon', points, fill: '#ffffff', stroke: BORDER_COLOR, width: 1.3 });
    } else {
      ops.push({ op: 'circle', cx: x + 8, cy: y0 + 7, r: 6, fill: '#ffffff', stroke: BORDER_COLOR, width: 1.3 });
    }
    item(x, i, label('role', r));
  });
  x += 210;
  head(x, t('legend.ties'));
  TIE_KINDS.forEach((k, i) => {
    const cx = x + (i < 5 ? 0 : 180);
    const y = top + 32 + (i % 5) * row;
    const style = KIND_STYLE[k];
    ops.push({ op: 'line', x1: cx, y1: y, x2: cx + 22, y2: y, stroke: style.color, width: k === 'REPORTS_TO' ? 1.6 : 2.5, dash: style.dash });
    ops.push({ op: 'text', x: cx + 26, y: y + 4, text: label('kind', k), size: 11 });
  });
  return ops;
}

function drawCanvas(ctx, ops) {
  for (const o of ops) {
    ctx.setLineDash([]);
    if (o.op === 'text') {
      ctx.fillStyle = o.color ?? '#111111';
      ctx.font = `${o.weight === 'bold' ? 'bold ' : ''}${o.size}px ${FONT}`;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(o.text, o.x, o.y, o.maxWidth);
    } else if (o.op === 'circle' || o.op === 'polygon') {
      ctx.beginPath();
      if (o.op === 'circle') ctx.arc(o.cx, o.cy, o.r, 0, 2 * Math.PI);
      else o.points.forEach(([px, py], i) => (i ? ctx.lineTo(px, py) : ctx.moveTo(px, py)));
      ctx.closePath();
      ctx.fillStyle = o.fill;
      ctx.fill();
      ctx.strokeStyle = o.stroke;
      ctx.lineWidth = o.width;
      ctx.stroke();
    } else if (o.op === 'line') {
      ctx.beginPath();
      ctx.moveTo(o.x1, o.y1);
      ctx.lineTo(o.x2, o.y2);
      ctx.strokeStyle = o.stroke;
      ctx.lineWidth = o.width;
      if (o.dash) ctx.setLineDash(o.dash.map((d) => d * 0.7));
      ctx.stroke();
    }
  }
}

function svgEl(tag, attrs, text) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function drawSvg(parent, ops) {
  for (const o of ops) {
    if (o.op === 'text') {
      parent.append(svgEl('text', { x: o.x, y: o.y, 'font-family': FONT, 'font-size': o.size, 'font-weight': o.weight, fill: o.color ?? '#111111' }, o.text));
    } else if (o.op === 'circle') {
      parent.append(svgEl('circle', { cx: o.cx, cy: o.cy, r: o.r, fill: o.fill, stroke: o.stroke, 'stroke-width': o.width }));
    } else if (o.op === 'polygon') {
      parent.append(svgEl('polygon', { points: o.points.map((p) => p.map((v) => v.toFixed(1)).join(',')).join(' '), fill: o.fill, stroke: o.stroke, 'stroke-width': o.width }));
    } else if (o.op === 'line') {
      parent.append(svgEl('line', { x1: o.x1, y1: o.y1, x2: o.x2, y2: o.y2, stroke: o.stroke, 'stroke-width': o.width, 'stroke-dasharray': o.dash?.map((d) => d * 0.7).join(' ') }));
    }
  }
}

// ----- the images -----

/** The map's extent at scale 1: the drawn elements' bounding box (whole map) or the viewport. */
function mapExtent(cy, full) {
  if (!full) return { w: cy.width(), h: cy.height() };
  const bb = cy.elements().boundingBox(); // what cy.png draws; filtered (display: none) elements do not count
  return { w: Math.max(1, Math.ceil(bb.w)), h: Math.max(1, Math.ceil(bb.h)) };
}

function frame(extent) {
  const width = Math.max(extent.w + 2 * LAYOUT.pad, LAYOUT.legendWidth);
  const height = LAYOUT.title + extent.h + LAYOUT.pad + LAYOUT.legend;
  return { width, height, mapX: Math.round((width - extent.w) / 2), mapY: LAYOUT.title };
}

async function mapBitmap(cy, full, scale) {
  const blob = await cy.png({ output: 'blob-promise', full, scale, bg: '#ffffff' });
  if (!blob || blob.size === 0) return null;
  try {
    return await createImageBitmap(blob);
  } catch {
    return null;
  }
}

/** The shown nodes whose box (with label) overlaps the viewport. */
function nodesInView(cy) {
  const ext = cy.extent();
  return cy.nodes().not('.filtered').filter((n) => {
    const bb = n.boundingBox();
    return bb.x2 >= ext.x1 && bb.x1 <= ext.x2 && bb.y2 >= ext.y1 && bb.y1 <= ext.y2;
  });
}

/** Whether a drawing has any non-white pixel, judged on a copy at most 512 px a side. */
function hasInk(bitmap) {
  const k = Math.min(1, 512 / Math.max(bitmap.width, bitmap.height));
  const probe = document.createElement('canvas');
  probe.width = Math.max(1, Math.round(bitmap.width * k));
  probe.height = Math.max(1, Math.round(bitmap.height * k));
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  ctx.drawImage(bitmap, 0, 0, probe.width, probe.height);
  const px = ctx.getImageData(0, 0, probe.width, probe.height).data;
  for (let i = 0; i < px.length; i += 4) if (px[i] < 250 || px[i + 1] < 250 || px[i + 2] < 250) return true;
  return false;
}

/** PNG: title + map + legend on one canvas at `scale` (or less, see LIMITS); never a blank map. */
export async function pngImage(cy, { full, requested, title }) {
  const extent = mapExtent(cy, full);
  const f = frame(extent);
  // Something must show: the whole map if it has elements, the view if a node is in it.
  const expectInk = full ? cy.elements().not('.filtered').nonempty() : nodesInView(cy).nonempty();
  let scale = fitScale(requested, f.width, f.height);
  for (let attempt = 0; attempt < 4; attempt++, scale = Math.floor(scale * 50) / 100) {
    const bitmap = await mapBitmap(cy, full, scale);
    if (!bitmap) continue;
    if (expectInk && !hasInk(bitmap)) {
      bitmap.close();
      continue;
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(f.width * scale);
    canvas.height = Math.ceil(f.height * scale);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(bitmap, Math.round(f.mapX * scale), Math.round(f.mapY * scale));
    bitmap.close();
    ctx.scale(scale, scale);
    drawCanvas(ctx, titleOps(title, f.width));
    drawCanvas(ctx, legendOps(f.height - LAYOUT.legend));
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
    canvas.width = 0; // frees the pixels now rather than at the next collection
    if (blob && blob.size > 0) {
      return { blob, scale, requested, clamped: scale < requested, width: Math.ceil(f.width * scale), height: Math.ceil(f.height * scale), extent };
    }
  }
  throw new Error(t('export.tooLarge'));
}

/**
 * What the SVG draws: every shown element of the whole map, or for the current view the nodes in
 * view and their direct neighbours (so lines leaving the view are drawn as on screen), with the
 * compound boxes around them and the lines among them; the viewport clips the rest.
 */
function svgContent(cy, full) {
  const shown = (eles) => eles.filter((x) => x.visible());
  if (full) {
    const bb = cy.elements().boundingBox();
    return { nodes: shown(cy.nodes()), edges: shown(cy.edges()), view: { x: bb.x1, y: bb.y1, w: Math.max(1, Math.ceil(bb.w)), h: Math.max(1, Math.ceil(bb.h)) } };
  }
  const inView = nodesInView(cy);
  const near = shown(inView.union(inView.neighborhood('node')));
  const nodes = near.union(near.ancestors());
  const ext = cy.extent();
  return { nodes, edges: shown(nodes.edgesWith(nodes)), view: { x: ext.x1, y: ext.y1, w: ext.w, h: ext.h } };
}

/** SVG: the map drawn by our own writer (svgmap.js), with the title and legend as text elements, at scale 1. */
export function svgImage(cy, { full, title }) {
  const extent = mapExtent(cy, full);
  const f = frame(extent);
  const { nodes, edges, view } = svgContent(cy, full);
  const map = mapSvg(nodes, edges, { view, width: extent.w, height: extent.h });
  map.setAttribute('x', f.mapX);
  map.setAttribute('y', f.mapY);
  map.setAttribute('class', 'map');
  const root = svgEl('svg', { xmlns: SVG_NS, width: f.width, height: f.height, viewBox: `0 0 ${f.width} ${f.height}` });
  root.append(svgEl('title', {}, `${title.main} · ${title.sub}`));
  root.append(svgEl('rect', { x: 0, y: 0, width: f.width, height: f.height, fill: '#ffffff' }));
  const titleGroup = svgEl('g', { class: 'title' });
  drawSvg(titleGroup, titleOps(title, f.width));
  const legend = svgEl('g', { class: 'legend' });
  drawSvg(legend, legendOps(f.height - LAYOUT.legend));
  root.append(titleGroup, map, legend);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { blob: new Blob([text], { type: 'image/svg+xml' }), scale: 1, requested: 1, clamped: false, width: f.width, height: f.height, extent };
}

// ----- file names and download -----

function slug(text) {
  return String(text ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'map';
}

export function fileName({ account, view, full, scale, kind }) {
  const parts = [slug(account), view === 'influence' ? 'influence' : 'org'];
  if (!full) parts.push('view');
  if (kind === 'png') parts.push(`${Number(scale.toFixed(2))}x`);
  return `${parts.join('-')}.${kind}`;
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// ----- the menu -----

/**
 * The Export menu button in the map tools: scope (whole map / current view), PNG 1x/2x/4x, SVG,
 * and the account report PDF. A menu button: Enter, Space or Down opens it, arrows move, Escape
 * closes and returns to the button. `onDone` receives what was saved (the test hook keeps it).
 */
export function initExportMenu(app, onDone) {
  const button = $('export');
  const menu = $('export-menu');
  let full = true;

  const items = () => [...menu.querySelectorAll('[role^=menuitem]')];
  const close = (focusButton) => {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (focusButton) button.focus();
  };
  const open = () => {
    render();
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    items()[0]?.focus();
  };

  const title = () => {
    const { state } = app;
    const opp = (state.account?.opportunityList ?? []).find((o) => o.id === state.opportunityId);
    return {
      main: `${state.account?.name ?? ''} · ${t(`view.${state.view}`)}`,
      sub: `${opp ? opp.name : t('opportunity.all')} · ${new Date().toISOString().slice(0, 10)} · ${t(full ? 'export.whole' : 'export.current')}`,
    };
  };

  const run = async (kind, scale) => {
    close(true);
    const cy = app.map.cy;
    if (!cy) return;
    app.toast(t('export.working'));
    try {
      const started = performance.now();
      // A file is read closer than the screen: its ties keep their curves and arrow heads at any zoom.
      const result = await app.map.withFullTies(() => (kind === 'svg' ? svgImage(cy, { full, title: title() }) : pngImage(cy, { full, requested: scale, title: title() })));
      const name = fileName({ account: app.state.account?.name, view: app.state.view, full, scale: result.scale, kind });
      download(result.blob, name);
      const message = result.clamped
        ? t('export.clamped', { file: name, requested: scale, scale: result.scale, width: result.width, height: result.height })
        : t('export.saved', { file: name, width: result.width, height: result.height });
      app.toast(message, 'info', result.clamped ? 10000 : 4500);
      onDone({ kind, full, file: name, message, ms: Math.round(performance.now() - started), ...result });
    } catch (e) {
      app.toast(t('export.failed', { detail: e.message }), 'error');
    }
  };

  const render = () => {
    const scope = (value, key) => h('button', {
      type: 'button', role: 'menuitemradio', 'aria-checked': String(full === value), id: `export-${value ? 'whole' : 'current'}`,
      text: t(key),
      onclick: () => {
        full = value;
        for (const radio of menu.querySelectorAll('[role=menuitemradio]')) radio.setAttribute('aria-checked', String(radio.id === (value ? 'export-whole' : 'export-current')));
      },
    });
    const action = (id, text, fn) => h('button', { type: 'button', role: 'menuitem', id, text, onclick: fn });
    const lang = document.documentElement.lang?.slice(0, 2) || 'en';
    menu.replaceChildren(
      h('div', { role: 'group', 'aria-label': t('export.scope') }, scope(true, 'export.whole'), scope(false, 'export.current')),
      h('hr', { role: 'separator' }),
      ...SCALES.map((s) => action(`export-png-${s}`, t('export.png', { scale: s }), () => run('png', s))),
      action('export-svg', t('export.svg'), () => run('svg', 1)),
      h('hr', { role: 'separator' }),
      action('export-report', t('export.report'), () => {
        close(true);
        // Opened at once, within the click (no pop-up blocker); an ended session is sent to sign-in by the server.
        window.open(api.reportUrl(app.state.accountId, ['en', 'zh', 'ru'].includes(lang) ? lang : 'en', app.state.opportunityId), '_blank', 'noopener');
      }),
    );
  };

  button.addEventListener('click', () => (menu.hidden ? open() : close(true)));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      open();
    }
  });
  menu.addEventListener('keydown', (e) => {
    const list = items();
    const i = list.indexOf(document.activeElement);
    if (e.key === 'ArrowDown') list[(i + 1) % list.length].focus();
    else if (e.key === 'ArrowUp') list[(i + list.length - 1) % list.length].focus();
    else if (e.key === 'Home') list[0].focus();
    else if (e.key === 'End') list[list.length - 1].focus();
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  });
  document.addEventListener('click', (e) => {
    if (!menu.hidden && !menu.contains(e.target) && e.target !== button) close(false);
  });
}
