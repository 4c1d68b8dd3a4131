// DOM helpers: every string is set as text (textContent / text nodes), never parsed as HTML.

// Only http(s) URLs become links; anything else (javascript:, data:, vbscript:) becomes inert.
export function safeUrl(url) {
  if (url == null) return '#';
  try {
    const u = new URL(String(url), window.location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}

// Same-origin paths and in-page routes ('/api/…', '#/articles/3') are kept as written.
function isLocal(value) {
  return typeof value === 'string' && (/^#/.test(value) || /^\/(?!\/)/.test(value)) && !/[\\\s]/.test(value);
}

// el('a', { class: 'x', href: url, text: 'title', onclick: fn }, child, 'text', ...)
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'href') node.setAttribute('href', isLocal(value) ? value : safeUrl(value));
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'value') node.value = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

const SVG = 'http://www.w3.org/2000/svg';
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null) continue;
    if (key === 'class') node.setAttribute('class', value);
    else if (key === 'text') node.textContent = String(value);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

export function time(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toLocaleString();
}

export function relative(iso) {
  if (!iso) return '—';
  const seconds = Math.round((new Date(iso).getTime() - Date.now()) / 1000);
  const abs = Math.abs(seconds);
  const fmt = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  if (abs < 60) return fmt.format(seconds, 'second');
  if (abs < 3600) return fmt.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return fmt.format(Math.round(seconds / 3600), 'hour');
  return fmt.format(Math.round(seconds / 86400), 'day');
}

export const KINDS = ['NUMBER_CHANGED', 'QUOTE_CHANGED', 'QUOTE_ADDED', 'QUOTE_REMOVED', 'ATTRIBUTION_CHANGED',
  'HEDGE_CHANGED', 'CLAIM_ADDED', 'CLAIM_REMOVED', 'CLAIM_REWORDED'];

export function kindLabel(kind) {
  return String(kind || 'change').toLowerCase().replace(/_/g, ' ');
}

export function kindBadge(kind) {
  return el('span', { class: `badge kind k-${String(kind).replace(/[^A-Z_]/g, '')}`, text: kindLabel(kind) });
}
