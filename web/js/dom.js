// Builds DOM nodes. User text only ever goes in as text nodes or attribute values, never as HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  setProps(el, props);
  append(el, children);
  return el;
}

export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function setProps(el, props) {
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (typeof v === 'boolean' || typeof v === 'number' || k === 'value') el[k] = v;
    else el.setAttribute(k, v);
  }
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces all children of `el`. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * Replaces all children of a panel like fill(), and gives the keyboard focus back to the control that
 * had it (the same id, or the same kind of control with the same data, name, value and text), so a
 * panel redrawn by its own button does not drop a keyboard user's place to the top of the page.
 */
export function refill(el, ...children) {
  const active = document.activeElement;
  const had = active && active !== el && el.contains(active) ? active : null;
  const same = (x) => x.tagName === had.tagName && x.className === had.className && x.textContent === had.textContent
    && x.getAttribute('name') === had.getAttribute('name') && x.getAttribute('value') === had.getAttribute('value')
    && Object.keys(had.dataset).every((k) => x.dataset[k] === had.dataset[k]);
  const twins = () => [...el.querySelectorAll(had.tagName)].filter(same);
  const index = had && !had.id ? twins().indexOf(had) : 0;
  fill(el, ...children);
  if (!had || (document.activeElement && document.activeElement !== document.body)) return el;
  const again = had.id ? document.getElementById(had.id) : null;
  const target = again && el.contains(again) ? again : had.id ? null : (twins()[index] ?? twins()[0]);
  target?.focus();
  return el;
}

export const $ = (id) => document.getElementById(id);

export function option(value, label, selected = false) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  o.selected = selected;
  return o;
}

export function debounce(fn, ms) {
  let timer = null;
  const wrapped = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null; // done: a flush now has nothing to run
      fn(...args);
    }, ms);
  };
  wrapped.flush = () => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
      fn();
    }
  };
  return wrapped;
}
