// Article view: the version timeline, any two versions compared side by side or inline (sentence alignment with
// word highlights), the typed changes, and the claims of the selected version.
import { api } from '../api.js';
import { el, time, kindBadge } from '../dom.js';
import { withSpans, wordDiff, renderParts } from '../highlight.js';
import { subscribe } from '../stream.js';

export function mount(container, params) {
  const id = Number(params.id);
  let mode = params.mode === 'inline' ? 'inline' : 'side';
  let versions = [];
  let from = Number(params.from) || 0;
  let to = Number(params.to) || 0;
  let alive = true;

  const header = el('div', { class: 'article-head' }, el('h2', { id: 'article-title', text: `Article ${id}` }));
  const timeline = el('ol', { id: 'timeline', class: 'timeline' });
  const compareBox = el('section', { id: 'compare', class: 'compare', 'aria-labelledby': 'compare-title' });
  const claimsBox = el('section', { id: 'claims', class: 'claims', 'aria-labelledby': 'claims-title' });
  const error = el('p', { class: 'error', role: 'alert' });
  container.replaceChildren(el('div', { class: 'article' }, header, error,
    el('div', { class: 'article-grid' },
      el('section', { class: 'timeline-box', 'aria-labelledby': 'timeline-title' },
        el('h3', { id: 'timeline-title', text: 'Versions' }), timeline),
      el('div', {}, compareBox, claimsBox))));

  Promise.all([api(`/api/articles/${id}`), api(`/api/articles/${id}/timeline`)]).then(([article, list]) => {
    if (!alive) return;
    versions = list;
    header.replaceChildren(
      el('h2', { id: 'article-title', text: article.title || article.url }),
      el('p', { class: 'meta' }, `${article.outlet || ''} · first seen ${time(article.first_seen_at)} · `,
        el('a', { id: 'source-link', href: article.url, rel: 'noopener noreferrer', target: '_blank', text: 'source ↗' }),
        ' · ', el('a', { href: `/api/atom/articles/${id}`, text: 'Atom feed of this article' })));
    const last = versions.length ? versions[versions.length - 1].version_no : 1;
    if (!to || !versions.some((v) => v.version_no === to)) to = last;
    if (!from || !versions.some((v) => v.version_no === from)) from = Math.max(1, to - 1);
    renderTimeline();
    refresh();
  }).catch((e) => { error.textContent = e.message; });

  function verdict(v) {
    if (v.version_no === 1) return 'first version';
    if (v.revert_of) return `back to version ${v.revert_of}`;
    if (v.changes_count === 0) return 'wording only';
    return v.significant ? 'significant' : 'minor';
  }

  function renderTimeline() {
    timeline.replaceChildren(...versions.map((v) => {
      const pick = (side) => {
        const input = el('input', { type: 'radio', name: `side-${side}`, id: `v${v.version_no}-${side}`, value: String(v.version_no) });
        input.checked = (side === 'from' ? from : to) === v.version_no;
        input.addEventListener('change', () => {
          if (side === 'from') from = v.version_no; else to = v.version_no;
          refresh();
        });
        return el('span', { class: 'pick' }, input, el('label', { for: `v${v.version_no}-${side}`, text: side === 'from' ? 'A' : 'B' }));
      };
      return el('li', { class: `version ${v.significant ? 'significant' : ''}`, dataset: { versionNo: String(v.version_no) } },
        pick('from'), pick('to'),
        el('strong', { text: `v${v.version_no}` }),
        el('time', { datetime: v.fetched_at, text: time(v.fetched_at) }),
        el('span', { class: `verdict ${v.significant ? 'significant' : ''}`, text: verdict(v) }),
        el('span', { class: 'muted', text: `${v.changes_count} change${v.changes_count === 1 ? '' : 's'}` }),
        v.has_raw ? el('a', { class: 'small', href: `/api/versions/${v.id}/raw`, download: '', text: 'raw snapshot' }) : null);
    }));
  }

  function refresh() {
    renderTimeline();
    const target = `#/articles/${id}?from=${from}&to=${to}${mode === 'inline' ? '&mode=inline' : ''}`;
    if (window.location.hash !== target) history.replaceState(null, '', target);
    loadCompare();
    loadClaims();
  }

  async function loadCompare() {
    const onlyChanged = el('input', { type: 'checkbox', id: 'only-changed' });
    onlyChanged.checked = compareBox.classList.contains('only-changed');
    onlyChanged.addEventListener('change', () => compareBox.classList.toggle('only-changed', onlyChanged.checked));
    const modeToggle = el('div', { class: 'mode', role: 'group', 'aria-label': 'Layout' },
      ['side', 'inline'].map((m) => el('button', { type: 'button', class: 'secondary', 'aria-pressed': String(mode === m),
        text: m === 'side' ? 'Side by side' : 'Inline', onclick: () => { mode = m; refresh(); } })),
      el('span', { class: 'field checkbox' }, onlyChanged, el('label', { for: 'only-changed', text: 'Only changed sentences' })));
    compareBox.replaceChildren(el('h3', { id: 'compare-title', text: `Version ${from} → ${to}` }), modeToggle,
      el('p', { class: 'muted', text: 'Comparing…' }));
    if (from === to) {
      compareBox.lastChild.textContent = 'Pick two different versions (A and B) to compare.';
      return;
    }
    try {
      const c = await api(`/api/articles/${id}/compare?from=${from}&to=${to}`);
      if (!alive) return;
      compareBox.lastChild.replaceWith(changesList(c.changes), mode === 'side' ? sideBySide(c) : inline(c));
    } catch (e) {
      compareBox.lastChild.textContent = `Cannot compare: ${e.message}`;
    }
  }

  async function loadClaims() {
    const v = versions.find((x) => x.version_no === to);
    claimsBox.replaceChildren(el('h3', { id: 'claims-title', text: `Claims in version ${to}` }));
    if (!v) return;
    try {
      const full = await api(`/api/versions/${v.id}`);
      if (!alive) return;
      const claims = Array.isArray(full.claims) ? full.claims : [];
      claimsBox.append(claims.length === 0 ? el('p', { class: 'muted', text: 'No claims found.' })
        : el('ul', { class: 'claim-list' }, claims.map(claimItem)));
    } catch (e) {
      claimsBox.append(el('p', { class: 'error', text: e.message }));
    }
  }

  // A new version of this article arrives live: refresh the timeline (the comparison shown stays as picked).
  let reload = null;
  const unsubscribe = subscribe((kind, added) => {
    if (!added.some((e) => e.type === 'change' && e.data.article_id === id)) return;
    clearTimeout(reload);
    reload = setTimeout(() => api(`/api/articles/${id}/timeline`).then((list) => {
      if (!alive) return;
      versions = list;
      renderTimeline();
    }).catch(() => {}), 300);
  });

  return () => { alive = false; clearTimeout(reload); unsubscribe(); };
}

function claimItem(c) {
  const numbers = (c.numbers || []).map((n) => el('span', { class: 'number', text: `${n.text}${n.unit ? ` (${n.value} ${n.unit})` : ` (${n.value})`}` }));
  return el('li', { class: 'claim' }, el('span', { class: `badge claim-kind ${String(c.kind).toLowerCase()}`, text: String(c.kind).toLowerCase() }),
    el('span', { class: 'claim-text', text: c.text }),
    numbers.length ? el('span', { class: 'numbers' }, numbers) : null,
    c.speaker ? el('span', { class: 'muted small', text: ` — ${c.speaker}` }) : null,
    c.hedge ? el('span', { class: 'muted small', text: ` hedge: ${c.hedge}` }) : null);
}

function changesList(changes) {
  if (!changes || changes.length === 0) return el('p', { class: 'muted', text: 'No claim changes between these versions.' });
  return el('ul', { class: 'change-list', id: 'compare-changes' }, changes.map((c) => el('li', { class: 'item change' },
    el('div', { class: 'item-head' }, kindBadge(c.kind),
      el('span', { class: 'sig', text: `significance ${Number(c.significance).toFixed(2)}` })),
    el('div', { class: c.before != null && c.after != null ? 'diff' : 'diff single' },
      c.before != null ? el('p', { class: 'before' }, withSpans(c.before, c.spans, 'DELETE')) : null,
      c.before != null && c.after != null ? el('span', { class: 'arrow', 'aria-hidden': 'true', text: '→' }) : null,
      c.after != null ? el('p', { class: 'after' }, withSpans(c.after, c.spans, 'INSERT')) : null))));
}

// Rows of the sentence alignment: [{kind, before: text|null, after: text|null, parts}].
function rows(c) {
  const before = c.before.sentences || [];
  const after = c.after.sentences || [];
  const byBefore = new Map((c.changes || []).filter((x) => x.beforeSentence >= 0).map((x) => [x.beforeSentence, x]));
  return (c.alignment || []).map((link) => {
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
    return { kind, beforeNode, afterNode };
  });
}

function sideBySide(c) {
  const table = el('table', { class: 'side-by-side', id: 'side-by-side' },
    el('caption', { class: 'sr-only', text: 'Aligned sentences of the two versions' }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Before' }), el('th', { scope: 'col', text: 'After' }))));
  const body = el('tbody');
  for (const r of rows(c)) {
    body.append(el('tr', { class: `row ${r.kind.toLowerCase()}`, dataset: { link: r.kind } },
      el('td', { class: 'left' }, r.beforeNode), el('td', { class: 'right' }, r.afterNode)));
  }
  table.append(body);
  return el('div', { class: 'table-scroll' }, table);
}

function inline(c) {
  return el('div', { class: 'inline-diff', id: 'inline-diff' }, rows(c).map((r) => {
    if (r.kind === 'UNCHANGED' || r.kind === 'MOVED') return el('p', { class: `row ${r.kind.toLowerCase()}` }, r.afterNode);
    return el('p', { class: `row ${r.kind.toLowerCase()}` }, r.beforeNode, r.beforeNode && r.afterNode ? ' ' : null, r.afterNode);
  }));
}
