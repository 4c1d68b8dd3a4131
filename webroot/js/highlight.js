// Word-level highlights: the server's spans when they fit the text, otherwise a small word diff here.
import { el } from './dom.js';

// Text with the spans of one kind ('DELETE' on the before text, 'INSERT' on the after text) wrapped in del/ins.
export function withSpans(text, spans, kind) {
  const frag = document.createDocumentFragment();
  const value = text == null ? '' : String(text);
  const mine = (spans || []).filter((s) => s.kind === kind && Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.start >= 0 && s.end <= value.length && s.start < s.end).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const s of mine) {
    if (s.start < at) continue;
    if (s.start > at) frag.append(document.createTextNode(value.slice(at, s.start)));
    frag.append(el(kind === 'DELETE' ? 'del' : 'ins', { text: value.slice(s.start, s.end) }));
    at = s.end;
  }
  if (at < value.length) frag.append(document.createTextNode(value.slice(at)));
  return frag;
}

// Word diff of two strings: [{text, changed}] for each side (longest common subsequence on words).
export function wordDiff(a, b) {
  const x = tokens(a);
  const y = tokens(b);
  if (x.length * y.length > 200000) {
    return { before: [{ text: a, changed: true }], after: [{ text: b, changed: true }] };
  }
  const n = x.length;
  const m = y.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const before = [];
  const after = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      push(before, x[i++], false);
      push(after, y[j++], false);
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      push(after, y[j++], !/^\s+$/.test(y[j - 1]));
    } else {
      push(before, x[i++], !/^\s+$/.test(x[i - 1]));
    }
  }
  return { before, after };
}

function tokens(s) {
  return String(s || '').split(/(\s+)/).filter((t) => t.length > 0);
}

function push(parts, text, changed) {
  const last = parts[parts.length - 1];
  if (last && last.changed === changed) last.text += text;
  else parts.push({ text, changed });
}

export function renderParts(parts, tag) {
  const frag = document.createDocumentFragment();
  for (const p of parts) frag.append(p.changed ? el(tag, { text: p.text }) : document.createTextNode(p.text));
  return frag;
}
