// Article view: the version timeline (each version's claim changes, one line each), any two versions compared
// (changed sentences with one sentence of context, the rest folded behind "show N unchanged"; side by side or
// inline, with word highlights), the typed changes, and the claims of the selected version grouped per sentence.
import { api } from '../api.js';
import { el, time, kindBadge, significanceBadge, changeAspects, plural, errorText, extLink } from '../dom.js';
import { kindInfo, CLAIM_KINDS } from '../constants.js';
import { withSpans, wordDiff, renderParts } from '../highlight.js';
import { subscribe } from '../stream.js';
import { changeDiff } from './live.js';

const CONTEXT = 1;

export function mount(container, params) {
  const id = Number(params.id);
  // Side by side on a desk; inline on a phone, where two columns of sentences get too narrow to read.
  const defaultMode = window.matchMedia('(max-width: 600px)').matches ? 'inline' : 'side';
  let mode = params.mode === 'inline' || params.mode === 'side' ? params.mode : defaultMode;
  let versions = [];
  let changesByVersion = new Map();
  let from = Number(params.from) || 0;
  let to = Number(params.to) || 0;
  let alive = true;

  const header = el('div', { class: 'article-head' }, el('h2', { id: 'article-title', text: 'Loading article…' }));
  const timeline = el('ol', { id: 'timeline', class: 'timeline' });
  const compareBox = el('section', { id: 'compare', class: 'compare', 'aria-labelledby': 'compare-title' });
  const claimsBox = el('section', { id: 'claims', class: 'claims', 'aria-labelledby': 'claims-title' });
  container.replaceChildren(el('div', { class: 'article' }, header));

  Promise.all([api(`/api/articles/${id}`), api(`/api/articles/${id}/timeline`), api(`/api/articles/${id}/changes`).catch(() => [])])
    .then(([article, list, changes]) => {
      if (!alive) return;
      versions = list;
      groupChanges(changes);
      header.replaceChildren(
        el('h2', { id: 'article-title', text: article.title || article.url }),
        el('p', { class: 'meta' }, `${article.outlet || ''} · ${published(article)}first seen ${time(article.first_seen_at)} · `,
          extLink('source ↗', article.url, { id: 'source-link' }),
          ' · ', el('a', { href: `/api/atom/articles/${id}`, text: 'Atom feed of this article' })));
      container.firstChild.append(el('div', { class: 'article-grid' },
        el('section', { class: 'timeline-box', 'aria-labelledby': 'timeline-title' },
          el('h3', { id: 'timeline-title', text: `Versions (${versions.length})` }), timeline),
        el('div', { class: 'article-main' }, compareBox, claimsBox)));
      const last = versions.length ? versions[versions.length - 1].version_no : 1;
      if (!to || !versions.some((v) => v.version_no === to)) to = last;
      if (!from || !versions.some((v) => v.version_no === from)) from = Math.max(1, to - 1);
      refresh();
    }).catch((e) => {
      if (!alive) return;
      header.replaceChildren(el('h2', { id: 'article-title', text: e.status === 404 ? 'Article not found' : 'Article unavailable' }),
        el('p', { class: 'notice', role: 'alert', text: e.status === 404 ? `There is no article ${id}. It may have been removed with its feed.` : errorText(e) }),
        el('p', {}, el('a', { href: '#/', text: 'Back to the live changes' })));
    });

  function groupChanges(changes) {
    changesByVersion = new Map();
    for (const c of changes || []) {
      if (!changesByVersion.has(c.to_version)) changesByVersion.set(c.to_version, []);
      changesByVersion.get(c.to_version).push(c);
    }
  }

  function verdict(v) {
    if (v.version_no === 1) return 'first version';
    if (v.revert_of) return `back to version ${v.revert_of}`;
    if (v.changes_count === 0) return 'wording only';
    return v.significant ? 'significant' : 'minor';
  }

  function renderTimeline() {
    timeline.replaceChildren(...[...versions].reverse().map((v) => {
      const pick = (side) => {
        const input = el('input', { type: 'radio', name: `side-${side}`, id: `v${v.version_no}-${side}`, value: String(v.version_no),
          checked: (side === 'from' ? from : to) === v.version_no });
        input.addEventListener('change', () => {
          if (side === 'from') from = v.version_no; else to = v.version_no;
          refresh();
        });
        return el('span', { class: 'pick' }, input,
          el('label', { for: `v${v.version_no}-${side}`, title: side === 'from' ? 'compare from this version' : 'compare to this version',
            text: side === 'from' ? 'A' : 'B' }));
      };
      const changes = changesByVersion.get(v.version_no) || [];
      return el('li', { class: `version ${v.significant ? 'significant' : ''}`, dataset: { versionNo: String(v.version_no) } },
        el('div', { class: 'version-head' }, pick('from'), pick('to'),
          el('strong', { text: `v${v.version_no}` }),
          el('time', { datetime: v.fetched_at, text: time(v.fetched_at) }),
          el('span', { class: `verdict ${v.significant ? 'significant' : ''}`, text: verdict(v) }),
          v.has_raw ? el('a', { class: 'small', href: `/api/versions/${v.id}/raw`, download: '', text: 'raw' }) : null),
        changes.length ? el('ul', { class: 'version-changes' }, changes.map(changeLine)) : null);
    }));
  }

  function refresh() {
    renderTimeline();
    const target = `#/articles/${id}?from=${from}&to=${to}${mode === defaultMode ? '' : `&mode=${mode}`}`;
    if (window.location.hash !== target) history.replaceState(null, '', target);
    loadCompare();
    loadClaims();
  }

  async function loadCompare() {
    const showAll = el('input', { type: 'checkbox', id: 'show-all-sentences', checked: compareBox.classList.contains('show-all') });
    showAll.addEventListener('change', () => compareBox.classList.toggle('show-all', showAll.checked));
    const modeToggle = el('div', { class: 'mode', role: 'group', 'aria-label': 'Layout' },
      ['side', 'inline'].map((m) => el('button', { type: 'button', class: 'secondary small', 'aria-pressed': String(mode === m),
        text: m === 'side' ? 'Side by side' : 'Inline', onclick: () => { mode = m; refresh(); } })),
      el('span', { class: 'field checkbox' }, showAll, el('label', { for: 'show-all-sentences', text: 'Show every sentence' })));
    compareBox.replaceChildren(el('h3', { id: 'compare-title', text: `Version ${from} → ${to}` }), modeToggle,
      el('p', { class: 'muted', text: 'Comparing…' }));
    if (from === to) {
      compareBox.lastChild.textContent = 'Pick two different versions (A and B) to compare.';
      return;
    }
    try {
      const c = await api(`/api/articles/${id}/compare?from=${from}&to=${to}`);
      if (!alive) return;
      const r = rows(c);
      compareBox.lastChild.replaceWith(changesList(c.changes), mode === 'side' ? sideBySide(r) : inline(r));
    } catch (e) {
      compareBox.lastChild.textContent = `Cannot compare: ${errorText(e)}`;
    }
  }

  async function loadClaims() {
    const v = versions.find((x) => x.version_no === to);
    claimsBox.replaceChildren(el('h3', { id: 'claims-title', text: `Claims in version ${to}` }));
    if (!v) return;
    try {
      const full = await api(`/api/versions/${v.id}`);
      if (!alive) return;
      const groups = claimsBySentence(Array.isArray(full.claims) ? full.claims : []);
      claimsBox.append(groups.length === 0 ? el('p', { class: 'muted', text: 'No claims found.' })
        : el('ul', { class: 'claim-list', id: 'claim-list' }, groups.map(claimGroup)));
    } catch (e) {
      claimsBox.append(el('p', { class: 'error', text: errorText(e) }));
    }
  }

  // A new version of this article arrives live: refresh the timeline (the comparison shown stays as picked).
  let reload = null;
  const unsubscribe = subscribe((kind, added) => {
    if (!added.some((e) => e.type === 'change' && e.data.article_id === id)) return;
    clearTimeout(reload);
    reload = setTimeout(() => Promise.all([api(`/api/articles/${id}/timeline`), api(`/api/articles/${id}/changes`)]).then(([list, changes]) => {
      if (!alive) return;
      versions = list;
      groupChanges(changes);
      renderTimeline();
    }).catch(() => {}), 300);
  });

  return () => { alive = false; clearTimeout(reload); unsubscribe(); };
}

// One line of a version's changes: kind, old → new (or only the side that exists).
function changeLine(c) {
  const sides = kindInfo(c.kind).sides;
  const before = sides !== 'after' && c.before ? c.before : null;
  const after = sides !== 'before' && c.after ? c.after : null;
  const aspects = changeAspects(c);
  return el('li', { class: 'change-line', dataset: { kind: c.kind } }, kindBadge(c.kind), ' ', aspects, aspects ? ' ' : null,
    before ? el('del', { text: short(before, c.spans, 'DELETE') }) : null,
    before && after ? el('span', { class: 'arrow', text: ' → ' }) : null,
    after ? el('ins', { text: short(after, c.spans, 'INSERT') }) : null);
}

// The changed words of one side when the spans say which (with a few words around), else the start of the text.
function short(text, spans, kind) {
  const mine = (spans || []).filter((s) => s.kind === kind && s.start >= 0 && s.end <= text.length && s.start < s.end);
  if (mine.length) {
    const start = Math.max(0, mine[0].start - 30);
    const end = Math.min(text.length, mine[mine.length - 1].end + 30);
    return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  }
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

// Claims of one version grouped by the sentence they come from (offsets, else the text).
function claimsBySentence(claims) {
  const groups = new Map();
  for (const c of claims) {
    const key = c.text || `${c.start}:${c.end}`;
    if (!groups.has(key)) groups.set(key, { text: c.text || '', claims: [] });
    groups.get(key).claims.push(c);
  }
  return [...groups.values()];
}

function claimGroup(g) {
  const kinds = [...new Set(g.claims.map((c) => String(c.kind)))];
  const details = [];
  for (const c of g.claims) {
    for (const n of c.numbers || []) details.push(el('span', { class: 'number', text: `${n.text}${n.unit ? ` = ${n.value} ${n.unit}` : ` = ${n.value}`}` }));
    if (c.speaker) details.push(el('span', { class: 'muted small', text: ` speaker: ${c.speaker}` }));
    if (c.hedge) details.push(el('span', { class: 'muted small', text: ` hedge: ${c.hedge}` }));
  }
  const unique = new Map(details.map((d) => [d.textContent, d]));
  return el('li', { class: 'claim' },
    el('span', { class: 'chips' }, kinds.map((k) => el('span', { class: `chip claim-kind c-${k.toLowerCase()}`,
      text: CLAIM_KINDS[k] || k.toLowerCase() }))),
    el('span', { class: 'claim-text', text: g.text }),
    unique.size ? el('span', { class: 'numbers' }, [...unique.values()]) : null);
}

function changesList(changes) {
  if (!changes || changes.length === 0) return el('p', { class: 'muted', text: 'No claim changes between these versions.' });
  return el('ul', { class: 'change-list', id: 'compare-changes' }, changes.map((c) => el('li', { class: 'item change' },
    el('div', { class: 'item-head' }, kindBadge(c.kind), significanceBadge(c.significance), changeAspects(c)),
    changeDiff(c, false))));
}

// Rows of the sentence alignment: [{kind, changed, beforeNode, afterNode}].
function rows(c) {
  const before = c.before.sentences || [];
  const after = c.after.sentences || [];
  const byBefore = new Map((c.changes || []).filter((x) => x.beforeSentence >= 0).map((x) => [x.beforeSentence, x]));
  return [...headlineRows(c), ...(c.alignment || []).map((link) => {
    const b = link.before >= 0 && before[link.before] ? before[link.before].text : null;
    const a = (link.after || []).map((i) => (after[i] ? after[i].text : '')).join(' ') || null;
    const kind = String(link.kind);
    let beforeNode = b == null ? null : document.createTextNode(b);
    let afterNode = a == null ? null : document.createTextNode(a);
    if (kind !== 'UNCHANGED' && kind !== 'MOVED' && b != null && a != null) {
      const change = byBefore.get(link.before);
      if (change && change.before === b && change.after === a && (change.spans || []).length) {
        beforeNode = withSpans(b, change.spans, 'DELETE');
        afterNode = withSpans(a, change.spans, 'INSERT');
      } else {
        const d = wordDiff(b, a);
        beforeNode = renderParts(d.before, 'del');
        afterNode = renderParts(d.after, 'ins');
      }
    } else if (kind === 'REMOVED' && b != null) {
      beforeNode = el('del', { text: b });
    } else if (kind === 'ADDED' && a != null) {
      afterNode = el('ins', { text: a });
    }
    return { kind, changed: kind !== 'UNCHANGED' && kind !== 'MOVED', beforeNode, afterNode };
  })];
}

// The headlines of the two versions as the first row (kind HEADLINE), highlighted when they changed.
function headlineRows(c) {
  const h = c.headlines || {};
  if (!h.before && !h.after) return [];
  const change = (c.changes || []).find((x) => x.kind === 'HEADLINE_CHANGED');
  const label = (text) => el('span', { class: 'label', text });
  if (!change || !h.before || !h.after) {
    return [{ kind: 'HEADLINE', changed: false,
      beforeNode: h.before ? el('strong', {}, label('Headline: '), h.before) : null,
      afterNode: h.after ? el('strong', {}, label('Headline: '), h.after) : null }];
  }
  const spans = change.before === h.before && change.after === h.after ? change.spans || [] : [];
  const d = spans.length ? null : wordDiff(h.before, h.after);
  return [{ kind: 'HEADLINE', changed: true,
    beforeNode: el('strong', {}, label('Headline: '), d ? renderParts(d.before, 'del') : withSpans(h.before, spans, 'DELETE')),
    afterNode: el('strong', {}, label('Headline: '), d ? renderParts(d.after, 'ins') : withSpans(h.after, spans, 'INSERT')) }];
}

// Changed rows with CONTEXT unchanged rows either side; each longer run of unchanged rows becomes one fold.
// Returns [{row} | {fold: rows[]}].
function folded(all) {
  const keep = all.map(() => false);
  all.forEach((r, i) => {
    if (!r.changed) return;
    for (let j = Math.max(0, i - CONTEXT); j <= Math.min(all.length - 1, i + CONTEXT); j++) keep[j] = true;
  });
  const out = [];
  let run = [];
  all.forEach((r, i) => {
    if (keep[i]) {
      if (run.length) out.push({ fold: run });
      run = [];
      out.push({ row: r });
    } else {
      run.push(r);
    }
  });
  if (run.length) out.push({ fold: run });
  return out;
}

function foldButton(n, onOpen) {
  return el('button', { type: 'button', class: 'fold-button secondary small', 'aria-expanded': 'false',
    text: `show ${plural(n, 'unchanged sentence')}`, onclick: onOpen });
}

function sideBySide(all) {
  const body = el('tbody');
  const rowNode = (r) => el('tr', { class: `row ${r.kind.toLowerCase()}`, dataset: { link: r.kind } },
    el('td', { class: 'left' }, r.beforeNode), el('td', { class: 'right' }, r.afterNode));
  for (const part of folded(all)) {
    if (part.row) { body.append(rowNode(part.row)); continue; }
    const hidden = part.fold.map((r) => { const tr = rowNode(r); tr.classList.add('folded'); return tr; });
    const foldRow = el('tr', { class: 'fold' }, el('td', { colspan: '2' }, foldButton(part.fold.length, () => {
      foldRow.replaceWith(...hidden.map((tr) => { tr.classList.remove('folded'); return tr; }));
    })));
    body.append(foldRow, ...hidden);
  }
  const table = el('table', { class: 'side-by-side', id: 'side-by-side' },
    el('caption', { class: 'sr-only', text: 'Aligned sentences of the two versions' }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Before' }), el('th', { scope: 'col', text: 'After' }))), body);
  return el('div', { class: 'table-scroll' }, table);
}

function inline(all) {
  const box = el('div', { class: 'inline-diff', id: 'inline-diff' });
  const rowNode = (r) => (r.changed
    ? el('p', { class: `row ${r.kind.toLowerCase()}` }, r.beforeNode, r.beforeNode && r.afterNode ? ' ' : null, r.afterNode)
    : el('p', { class: `row ${r.kind.toLowerCase()}` }, r.afterNode));
  for (const part of folded(all)) {
    if (part.row) { box.append(rowNode(part.row)); continue; }
    const hidden = part.fold.map((r) => { const p = rowNode(r); p.classList.add('folded'); return p; });
    const fold = el('p', { class: 'fold' }, foldButton(part.fold.length, () => {
      fold.replaceWith(...hidden.map((p) => { p.classList.remove('folded'); return p; }));
    }));
    box.append(fold, ...hidden);
  }
  return box;
}

/** The feed's date of the article: the time when it could be read, else the string as the feed wrote it. */
function published(article) {
  if (article.published_at) return `published ${time(article.published_at)} · `;
  if (article.published_raw) return `feed date "${article.published_raw}" (unreadable) · `;
  return '';
}
