// Live view: claim changes newest first with filters, counters, pause, a per-hour chart and paging of the DOM.
import { api } from '../api.js';
import { el, time, relative, kindBadge, kindLabel, KINDS } from '../dom.js';
import { withSpans } from '../highlight.js';
import { hourlyChart } from '../chart.js';
import * as stream from '../stream.js';
import { session } from '../session.js';

const PAGE = 100;
// Filters survive leaving and coming back to the view.
const filters = { feed: '', kind: '', minSig: 0, q: '', showArticles: true };

export function mount(container) {
  let windowSize = PAGE;
  let paused = false;
  let pending = 0;
  let chartTimer = null;

  const list = el('ol', { id: 'stream', class: 'stream-list', 'aria-live': 'off' });
  const empty = el('p', { id: 'stream-empty', class: 'muted', text: 'No claim changes yet. Add a feed; changes appear here the moment they are stored.' });
  const status = el('p', { id: 'stream-status', class: 'muted small', 'aria-live': 'polite' });
  const more = el('button', { id: 'show-more', type: 'button', class: 'secondary', text: 'Show more', onclick: showMore });
  const pauseBtn = el('button', { id: 'pause', type: 'button', class: 'secondary', 'aria-pressed': 'false', onclick: togglePause, text: 'Pause' });
  const counters = el('div', { id: 'counters', class: 'counters', role: 'group', 'aria-label': 'Changes per kind' });
  const chartBox = el('div', { id: 'hourly-chart', class: 'chart-box' });
  const legend = el('ul', { class: 'legend', 'aria-hidden': 'true' },
    KINDS.map((k) => el('li', {}, el('span', { class: `swatch k-${k}` }), kindLabel(k))));

  const feedSelect = el('select', { id: 'filter-feed', name: 'feed' }, el('option', { value: '', text: 'All feeds' }));
  const kindSelect = el('select', { id: 'filter-kind', name: 'kind' }, el('option', { value: '', text: 'All kinds' }),
    KINDS.map((k) => el('option', { value: k, text: kindLabel(k) })));
  const minSig = el('input', { id: 'filter-significance', name: 'minSig', type: 'number', min: '0', max: '1', step: '0.05', value: String(filters.minSig) });
  const search = el('input', { id: 'filter-text', name: 'q', type: 'search', placeholder: 'words, outlet, title', value: filters.q });
  const showArticles = el('input', { id: 'filter-articles', name: 'articles', type: 'checkbox' });
  showArticles.checked = filters.showArticles;
  kindSelect.value = filters.kind;

  const form = el('form', { id: 'filters', class: 'filters', role: 'search', onsubmit: (e) => e.preventDefault() },
    field('filter-feed', 'Feed', feedSelect), field('filter-kind', 'Kind', kindSelect),
    field('filter-significance', 'Minimum significance', minSig), field('filter-text', 'Search', search),
    el('div', { class: 'field checkbox' }, showArticles, el('label', { for: 'filter-articles', text: 'Show new articles' })));
  form.addEventListener('input', () => {
    filters.feed = feedSelect.value;
    filters.kind = kindSelect.value;
    filters.minSig = Number(minSig.value) || 0;
    filters.q = search.value.trim().toLowerCase();
    filters.showArticles = showArticles.checked;
    windowSize = PAGE;
    render();
  });

  container.replaceChildren(
    el('section', { class: 'live', 'aria-labelledby': 'live-title' },
      el('div', { class: 'section-head' }, el('h2', { id: 'live-title', text: 'Live claim changes' }), pauseBtn,
        el('a', { class: 'feed-link', href: '/api/atom/changes', text: 'Atom feed' })),
      el('div', { class: 'glance' }, el('figure', { class: 'chart-figure' }, chartBox,
        el('figcaption', { text: 'Claim changes per hour, last 24 hours, by kind' }), legend), counters),
      form, status, empty, list, more));

  // Signed-in users get every feed; public-mode visitors (no feeds API) the outlets of the changes loaded.
  const feedsLoaded = session().user ? api('/api/feeds')
    : Promise.resolve(feedsOfStream());
  feedsLoaded.then((feeds) => {
    feeds.forEach((f) => feedSelect.append(el('option', { value: String(f.id), text: f.title || f.url })));
    feedSelect.value = filters.feed;
  }).catch(() => {});

  function field(id, label, input) {
    return el('div', { class: 'field' }, el('label', { for: id, text: label }), input);
  }

  function matches(entry) {
    const d = entry.data;
    if (filters.feed && String(d.feed_id) !== filters.feed) return false;
    if (entry.type === 'article') {
      if (!filters.showArticles || filters.kind || filters.minSig > 0) return false;
    } else {
      if (filters.kind && d.kind !== filters.kind) return false;
      if (d.significance < filters.minSig) return false;
    }
    if (filters.q) {
      if (entry.hay === undefined) {
        entry.hay = [d.title, d.outlet, d.url, d.before, d.after].filter(Boolean).join('\n').toLowerCase();
      }
      if (!entry.hay.includes(filters.q)) return false;
    }
    return true;
  }

  function render() {
    const all = stream.all();
    const shown = [];
    let matching = 0;
    for (const entry of all) {
      if (!matches(entry)) continue;
      matching++;
      if (shown.length < windowSize) shown.push(entry);
    }
    list.replaceChildren(...shown.map(item));
    empty.hidden = all.length > 0;
    showStatus(matching);
    renderCounters(all);
  }

  function showStatus(matching) {
    const all = stream.all();
    more.hidden = matching <= windowSize && !stream.hasOlder();
    status.textContent = `Showing ${list.children.length} of ${matching} matching · ${all.length} loaded`;
  }

  function renderCounters(all) {
    const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
    let articles = 0;
    for (const e of all) {
      if (e.type === 'change') counts[e.data.kind] = (counts[e.data.kind] || 0) + 1; else articles++;
    }
    counters.replaceChildren(...KINDS.map((k) => el('button', {
      type: 'button', class: `counter k-${k}${filters.kind === k ? ' active' : ''}`, dataset: { kind: k },
      'aria-pressed': String(filters.kind === k),
      onclick: () => { filters.kind = filters.kind === k ? '' : k; kindSelect.value = filters.kind; render(); },
    }, el('span', { class: 'count', text: String(counts[k]) }), ` ${kindLabel(k)}`)),
    el('span', { class: 'counter plain' }, el('span', { class: 'count', text: String(articles) }), ' new articles'));
  }

  function onStream(kind, added) {
    if (kind === 'reset') { render(); return; }
    if (paused) {
      pending += added.length;
      pauseBtn.textContent = `Resume (${pending} new)`;
      return;
    }
    let prepended = false;
    for (const entry of added) {
      if (!matches(entry)) continue;
      if (stream.all()[0] !== entry) { render(); return; }
      list.prepend(item(entry));
      prepended = true;
    }
    if (prepended) {
      while (list.children.length > windowSize) list.lastElementChild.remove();
      empty.hidden = true;
    }
    renderCounters(stream.all());
    showStatus(stream.all().reduce((n, e) => n + (matches(e) ? 1 : 0), 0));
    scheduleChart(3000);
  }

  function togglePause() {
    paused = !paused;
    pauseBtn.setAttribute('aria-pressed', String(paused));
    pauseBtn.textContent = paused ? 'Resume' : 'Pause';
    list.classList.toggle('paused', paused);
    if (!paused) { pending = 0; render(); }
  }

  async function showMore() {
    windowSize += PAGE;
    const matching = stream.all().filter(matches).length;
    if (matching < windowSize && stream.hasOlder()) await stream.loadOlder();
    render();
  }

  async function loadChart() {
    try {
      const data = await api('/api/stats/changes-per-hour?hours=24');
      chartBox.replaceChildren(hourlyChart(data.hours));
    } catch (e) {
      chartBox.replaceChildren(el('p', { class: 'error', text: `Chart unavailable: ${e.message}` }));
    }
  }

  function scheduleChart(ms) {
    clearTimeout(chartTimer);
    chartTimer = setTimeout(loadChart, ms);
  }

  const unsubscribe = stream.subscribe(onStream);
  render();
  loadChart();
  const chartInterval = setInterval(loadChart, 60000);
  // Relative times ("2 minutes ago") age while the page stays open.
  const clock = setInterval(() => list.querySelectorAll('time[datetime]').forEach((t) => {
    t.textContent = relative(t.getAttribute('datetime'));
  }), 30000);
  return () => { unsubscribe(); clearTimeout(chartTimer); clearInterval(chartInterval); clearInterval(clock); };
}

function feedsOfStream() {
  const seen = new Map();
  for (const e of stream.all()) {
    if (e.data.feed_id != null && !seen.has(e.data.feed_id)) seen.set(e.data.feed_id, { id: e.data.feed_id, title: e.data.outlet || `feed ${e.data.feed_id}` });
  }
  return [...seen.values()];
}

function item(entry) {
  return entry.type === 'change' ? changeItem(entry.data) : articleItem(entry.data);
}

function sigClass(s) {
  return s >= 0.75 ? 'sig high' : s >= 0.5 ? 'sig mid' : 'sig low';
}

export function changeItem(c) {
  const head = el('div', { class: 'item-head' },
    kindBadge(c.kind),
    el('a', { class: 'title', href: `#/articles/${c.article_id}?from=${c.from_version}&to=${c.to_version}`, text: c.title || c.url || 'untitled' }),
    el('span', { class: 'outlet', text: c.outlet || '' }),
    el('time', { datetime: c.created_at, title: time(c.created_at), text: relative(c.created_at) }),
    el('span', { class: sigClass(c.significance), title: 'significance', text: `significance ${Number(c.significance).toFixed(2)}` }));
  const diff = el('div', { class: c.before != null && c.after != null ? 'diff' : 'diff single' });
  if (c.before != null) diff.append(el('p', { class: 'before' }, el('span', { class: 'label', text: 'Before' }), withSpans(c.before, c.spans, 'DELETE')));
  if (c.before != null && c.after != null) diff.append(el('span', { class: 'arrow', 'aria-hidden': 'true', text: '→' }));
  if (c.after != null) diff.append(el('p', { class: 'after' }, el('span', { class: 'label', text: 'After' }), withSpans(c.after, c.spans, 'INSERT')));
  const links = el('div', { class: 'item-links small' },
    el('span', { text: `version ${c.from_version} → ${c.to_version}` }),
    el('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank', text: 'source ↗' }));
  return el('li', { class: 'item change', dataset: { id: String(c.id), kind: c.kind, shownAt: String(Date.now()) } }, head, diff, links);
}

function articleItem(v) {
  return el('li', { class: 'item article', dataset: { versionId: String(v.id), shownAt: String(Date.now()) } },
    el('div', { class: 'item-head' },
      el('span', { class: 'badge article', text: 'new article' }),
      el('a', { class: 'title', href: `#/articles/${v.article_id}`, text: v.title || v.url || 'untitled' }),
      el('span', { class: 'outlet', text: v.outlet || '' }),
      el('time', { datetime: v.fetched_at, title: time(v.fetched_at), text: relative(v.fetched_at) })));
}
