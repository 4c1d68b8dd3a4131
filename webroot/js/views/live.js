// Live view: claim changes newest first. Above them one compact strip (counters per kind, the 24-hour chart
// folded behind a button) and one row of filters, so the first change is in the first screen on a desk and on a
// phone. Keyboard: j/k move between changes, o opens the selected one's article, / focuses the search.
// Opt-in desktop notifications for notable and major changes while the tab is hidden, filtered like the stream.
import { api } from '../api.js';
import { el, time, relative, kindBadge, kindLabel, significanceBadge, changeAspects, field, errorText } from '../dom.js';
import { KINDS, kindInfo, SIGNIFICANCE } from '../constants.js';
import { withSpans } from '../highlight.js';
import { hourlyChart } from '../chart.js';
import * as stream from '../stream.js';
import { session } from '../session.js';

const PAGE = 100;
const NOTIFY_KEY = 'claimwatch.notify';
const NOTIFY_MIN = 0.5;
// Filters survive leaving and coming back to the view.
const filters = { feed: '', kind: '', minSig: 0, q: '', showArticles: true };

export function mount(container) {
  let windowSize = PAGE;
  let paused = false;
  let pending = 0;
  let chartTimer = null;
  let chartLoaded = false;

  const list = el('ol', { id: 'stream', class: 'stream-list', 'aria-live': 'off', 'aria-label': 'Claim changes, newest first' });
  const empty = el('p', { id: 'stream-empty', class: 'muted', text: 'No claim changes yet. Add a feed; changes appear here the moment they are stored.' });
  const status = el('p', { id: 'stream-status', class: 'muted small', 'aria-live': 'polite' });
  const more = el('button', { id: 'show-more', type: 'button', class: 'secondary', text: 'Show more', onclick: showMore });
  const pauseBtn = el('button', { id: 'pause', type: 'button', class: 'secondary small', 'aria-pressed': 'false', onclick: togglePause, text: 'Pause' });
  const notifyBtn = el('button', { id: 'notify', type: 'button', class: 'secondary small', 'aria-pressed': 'false', onclick: toggleNotify,
    title: 'Desktop notifications for notable and major changes while this tab is hidden, filtered like the list', text: 'Notify me' });
  const counters = el('div', { id: 'counters', class: 'counters', role: 'group', 'aria-label': 'Changes per kind (click to filter)' });
  const chartBox = el('div', { id: 'hourly-chart', class: 'chart-box' });
  const legend = el('ul', { class: 'legend', 'aria-label': 'Kinds' },
    KINDS.map((k) => el('li', { title: kindInfo(k).help }, el('span', { class: `swatch k-${k}` }), kindLabel(k))));
  const sigLegend = el('dl', { id: 'significance-legend', class: 'sig-legend' },
    SIGNIFICANCE.map((s) => [el('dt', {}, el('span', { class: `sig ${s.word}`, text: s.word })), el('dd', { text: s.help.replace(/^\w+ /, '') })]));
  const panel = el('div', { id: 'glance-panel', class: 'glance-panel', hidden: true },
    el('figure', { class: 'chart-figure' }, chartBox, el('figcaption', { text: 'Claim changes per hour, last 24 hours, by kind' }), legend),
    el('div', {}, el('h3', { text: 'Significance' }), sigLegend));
  const chartToggle = el('button', { id: 'glance-toggle', type: 'button', class: 'secondary small', 'aria-expanded': 'false',
    'aria-controls': 'glance-panel', text: 'Chart and legend', onclick: toggleChart });

  const feedSelect = el('select', { name: 'feed' }, el('option', { value: '', text: 'All feeds' }));
  const kindSelect = el('select', { name: 'kind' }, el('option', { value: '', text: 'All kinds' }),
    KINDS.map((k) => el('option', { value: k, text: kindLabel(k) })));
  const minSig = el('select', { name: 'minSig' }, el('option', { value: '0', text: 'any' }),
    el('option', { value: '0.5', text: 'notable or major' }), el('option', { value: '0.8', text: 'major only' }));
  const search = el('input', { name: 'q', type: 'search', placeholder: 'words, outlet, title  ( / )', value: filters.q });
  const showArticles = el('input', { id: 'filter-articles', name: 'articles', type: 'checkbox', checked: filters.showArticles });
  kindSelect.value = filters.kind;
  minSig.value = String(filters.minSig);
  const moreFilters = el('div', { id: 'more-filters', class: 'more-filters' },
    field('filter-feed', 'Feed', feedSelect), field('filter-kind', 'Kind', kindSelect),
    field('filter-significance', 'Significance', minSig),
    el('div', { class: 'field checkbox' }, showArticles, el('label', { for: 'filter-articles', text: 'New articles' })));
  const filtersToggle = el('button', { id: 'filters-toggle', type: 'button', class: 'secondary small filters-toggle', 'aria-expanded': 'false',
    'aria-controls': 'more-filters', text: 'Filters', onclick: () => {
      const open = filtersToggle.getAttribute('aria-expanded') !== 'true';
      filtersToggle.setAttribute('aria-expanded', String(open));
      form.classList.toggle('open', open);
    } });
  const form = el('form', { id: 'filters', class: 'filters', role: 'search', onsubmit: (e) => e.preventDefault() },
    field('filter-text', 'Search', search), filtersToggle, moreFilters);
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
      el('div', { class: 'section-head' }, el('h2', { id: 'live-title', text: 'Live claim changes' }), pauseBtn, notifyBtn,
        el('a', { class: 'feed-link', href: '/api/atom/changes', text: 'Atom feed' }),
        el('span', { class: 'keys small muted', text: 'keys: j/k next/previous · o open · / search' })),
      el('div', { id: 'glance', class: 'strip' }, chartToggle, counters),
      panel, form, status, empty, list, more));

  // Signed-in users get every feed; public-mode visitors (no feeds API) the outlets of the changes loaded.
  const feedsLoaded = session().user ? api('/api/feeds') : Promise.resolve(feedsOfStream());
  feedsLoaded.then((feeds) => {
    feeds.forEach((f) => feedSelect.append(el('option', { value: String(f.id), text: f.title || f.url })));
    feedSelect.value = filters.feed;
  }).catch(() => {});

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
    const active = [filters.feed, filters.kind, filters.minSig > 0, !filters.showArticles].filter(Boolean).length;
    filtersToggle.textContent = active ? `Filters (${active})` : 'Filters';
    status.textContent = `Showing ${list.children.length} of ${matching} matching · ${all.length} loaded`;
  }

  function renderCounters(all) {
    const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
    let articles = 0;
    for (const e of all) {
      if (e.type === 'change') counts[e.data.kind] = (counts[e.data.kind] || 0) + 1; else articles++;
    }
    // Only kinds that occur (and the active one): the strip stays one line.
    const shownKinds = KINDS.filter((k) => counts[k] > 0 || filters.kind === k);
    counters.replaceChildren(...shownKinds.map((k) => el('button', {
      type: 'button', class: `counter k-${k}${filters.kind === k ? ' active' : ''}`, dataset: { kind: k },
      'aria-pressed': String(filters.kind === k), title: kindInfo(k).help,
      onclick: () => { filters.kind = filters.kind === k ? '' : k; kindSelect.value = filters.kind; windowSize = PAGE; render(); },
    }, el('span', { class: 'count', text: String(counts[k]) }), ` ${kindLabel(k)}`)),
    el('span', { class: 'counter plain' }, el('span', { class: 'count', text: String(articles) }), ' new articles'));
  }

  function onStream(kind, added) {
    if (kind === 'reset') { render(); return; }
    notify(added);
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
    if (chartLoaded) scheduleChart(3000);
  }

  function togglePause() {
    paused = !paused;
    pauseBtn.setAttribute('aria-pressed', String(paused));
    pauseBtn.textContent = paused ? 'Resume' : 'Pause';
    list.classList.toggle('paused', paused);
    if (!paused) { pending = 0; render(); }
  }

  function toggleChart() {
    const open = chartToggle.getAttribute('aria-expanded') !== 'true';
    chartToggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (open && !chartLoaded) loadChart();
  }

  // Notifications: the choice is kept; the browser's permission is asked when it is switched on.
  function notifyOn() {
    try { return localStorage.getItem(NOTIFY_KEY) === 'on' && 'Notification' in window && Notification.permission === 'granted'; } catch { return false; }
  }

  function showNotify() {
    const on = notifyOn();
    notifyBtn.setAttribute('aria-pressed', String(on));
    notifyBtn.textContent = on ? 'Notifying' : 'Notify me';
    if (!('Notification' in window)) { notifyBtn.disabled = true; notifyBtn.title = 'This browser has no desktop notifications'; }
  }

  async function toggleNotify() {
    if (notifyOn()) {
      localStorage.setItem(NOTIFY_KEY, 'off');
    } else {
      const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
      if (permission === 'granted') localStorage.setItem(NOTIFY_KEY, 'on');
      else status.textContent = 'Notifications are blocked for this site in the browser settings.';
    }
    showNotify();
  }

  function notify(added) {
    if (document.visibilityState !== 'hidden' || !notifyOn()) return;
    for (const entry of added) {
      if (entry.type !== 'change' || entry.data.significance < NOTIFY_MIN || !matches(entry)) continue;
      const c = entry.data;
      const n = new Notification(`${kindLabel(c.kind)}: ${c.title || c.url || 'article'}`, {
        body: [c.before, c.after].filter((x) => x).join(' → ').slice(0, 240),
        tag: `claimwatch-change-${c.id}`,
      });
      n.onclick = () => { window.focus(); window.location.hash = `#/articles/${c.article_id}?from=${c.from_version}&to=${c.to_version}`; };
    }
  }

  async function showMore() {
    windowSize += PAGE;
    const matching = stream.all().filter(matches).length;
    if (matching < windowSize && stream.hasOlder()) await stream.loadOlder();
    render();
  }

  async function loadChart() {
    chartLoaded = true;
    try {
      const data = await api('/api/stats/changes-per-hour?hours=24');
      chartBox.replaceChildren(hourlyChart(data.hours));
    } catch (e) {
      chartBox.replaceChildren(el('p', { class: 'error', text: `Chart unavailable: ${errorText(e)}` }));
    }
  }

  function scheduleChart(ms) {
    clearTimeout(chartTimer);
    chartTimer = setTimeout(loadChart, ms);
  }

  // j/k: next/previous change; o: open its article; /: search. Never while typing in a field.
  function onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName))) {
      if (e.key === 'Escape') t.blur();
      return;
    }
    if (e.key === '/') { e.preventDefault(); search.focus(); return; }
    const items = [...list.querySelectorAll('li.item')];
    if (!items.length) return;
    const at = items.findIndex((li) => li.classList.contains('selected'));
    if (e.key === 'j' || e.key === 'k') {
      e.preventDefault();
      const next = at < 0 ? 0 : Math.max(0, Math.min(items.length - 1, at + (e.key === 'j' ? 1 : -1)));
      if (at >= 0) items[at].classList.remove('selected');
      items[next].classList.add('selected');
      items[next].focus();
    } else if (e.key === 'o' && at >= 0) {
      const link = items[at].querySelector('a.title');
      if (link) window.location.hash = link.getAttribute('href');
    }
  }

  const unsubscribe = stream.subscribe(onStream);
  document.addEventListener('keydown', onKey);
  render();
  showNotify();
  const chartInterval = setInterval(() => { if (chartLoaded && !panel.hidden) loadChart(); }, 60000);
  // Relative times ("2 minutes ago") age while the page stays open.
  const clock = setInterval(() => list.querySelectorAll('time[datetime]').forEach((t) => {
    t.textContent = relative(t.getAttribute('datetime'));
  }), 30000);
  return () => {
    unsubscribe(); document.removeEventListener('keydown', onKey);
    clearTimeout(chartTimer); clearInterval(chartInterval); clearInterval(clock);
  };
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

function present(text) {
  return text != null && String(text).trim() !== '';
}

// The before and after of a change; an added claim shows only its new text, a removed one only its old text.
export function changeDiff(c, labels = true) {
  const sides = kindInfo(c.kind).sides;
  const before = sides !== 'after' && present(c.before);
  const after = sides !== 'before' && present(c.after);
  const diff = el('div', { class: before && after ? 'diff' : 'diff single' });
  const label = (text) => (labels ? el('span', { class: 'label', text }) : null);
  if (before) diff.append(el('p', { class: 'before' }, label(after ? 'Before' : 'Removed'), withSpans(c.before, c.spans, 'DELETE')));
  if (before && after) diff.append(el('span', { class: 'arrow', 'aria-hidden': 'true', text: '→' }));
  if (after) diff.append(el('p', { class: 'after' }, label(before ? 'After' : 'Added'), withSpans(c.after, c.spans, 'INSERT')));
  return diff;
}

export function changeItem(c) {
  const head = el('div', { class: 'item-head' },
    kindBadge(c.kind),
    significanceBadge(c.significance),
    changeAspects(c),
    el('a', { class: 'title', href: `#/articles/${c.article_id}?from=${c.from_version}&to=${c.to_version}`, text: c.title || c.url || 'untitled' }),
    el('span', { class: 'outlet', text: c.outlet || '' }),
    el('time', { datetime: c.created_at, title: time(c.created_at), text: relative(c.created_at) }));
  const links = el('div', { class: 'item-links small' },
    el('span', { text: `version ${c.from_version} → ${c.to_version}` }),
    el('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank', text: 'source ↗' }));
  return el('li', { class: 'item change', tabindex: '-1', dataset: { id: String(c.id), kind: c.kind, shownAt: String(Date.now()) } },
    head, changeDiff(c), links);
}

function articleItem(v) {
  return el('li', { class: 'item article', tabindex: '-1', dataset: { versionId: String(v.id), shownAt: String(Date.now()) } },
    el('div', { class: 'item-head' },
      el('span', { class: 'badge article', text: 'new article' }),
      el('a', { class: 'title', href: `#/articles/${v.article_id}`, text: v.title || v.url || 'untitled' }),
      el('span', { class: 'outlet', text: v.outlet || '' }),
      el('time', { datetime: v.fetched_at, title: time(v.fetched_at), text: relative(v.fetched_at) })));
}
