// The one DOM helper of the page: every view builds its nodes with el()/svg(). Every string is set as text
// (textContent / text nodes), never parsed as HTML, and every href passes safeUrl().
import { kindInfo, significanceWord, SIGNIFICANCE, RETURNING_LABEL } from './constants.js';

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
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'href') node.setAttribute('href', isLocal(value) ? value : safeUrl(value));
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'value') node.value = value;
    else if (key === 'checked' || key === 'selected' || key === 'hidden') node[key] = !!value;
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

// An external link (new tab, no referrer); an unsafe URL gives plain text.
export function extLink(text, url, props = {}) {
  const href = safeUrl(url);
  if (href === '#') return el('span', { text });
  return el('a', { ...props, href, rel: 'noopener noreferrer', target: '_blank', text });
}

// A labelled form field: label above the input, with a gap (the CSS class `field`).
export function field(id, label, input, hint) {
  input.id = id;
  const hintNode = hint ? el('span', { class: 'hint', id: `${id}-hint`, text: hint }) : null;
  if (hintNode) input.setAttribute('aria-describedby', hintNode.id);
  return el('div', { class: 'field' }, el('label', { for: id, text: label }), input, hintNode);
}

// A button that removes or disables something: styled as dangerous, and it asks first.
export function dangerButton(text, question, action, props = {}) {
  return el('button', { type: 'button', class: 'danger', ...props, text,
    onclick: () => { if (window.confirm(question)) action(); } });
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

export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

export function kindLabel(kind) {
  return kindInfo(kind).label;
}

export function kindBadge(kind) {
  const info = kindInfo(kind);
  return el('span', { class: `badge kind k-${String(kind).replace(/[^A-Z_]/g, '')}`, title: info.help || null, text: info.label });
}

// What a change adds to its kind: a headline back to an earlier one, the kinds found inside a headline change
// ("hedge changed"), or nothing (null).
export function changeAspects(c) {
  const parts = [];
  if (c.returning) parts.push(RETURNING_LABEL);
  for (const a of c.aspects || []) parts.push(kindInfo(a).label);
  return parts.length ? el('span', { class: 'aspects', text: parts.join(' · ') }) : null;
}

// Significance in words (minor / notable / major), its number and the scale in the tooltip.
export function significanceBadge(value) {
  const word = significanceWord(value);
  const v = Number(value) || 0;
  return el('span', { class: `sig ${word}`, title: `significance ${v.toFixed(2)} — ${SIGNIFICANCE.map((s) => s.help).join('; ')}`,
    text: word });
}

// A friendly line for a failed call (api.js errors carry the status); never raw JSON.
export function errorText(err) {
  return err && err.friendly ? err.friendly : String((err && err.message) || err || 'Something went wrong.');
}
