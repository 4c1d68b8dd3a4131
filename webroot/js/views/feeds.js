// Feeds view: the configured feeds with status, polls, errors, counts and a sparkline of versions per day.
// Editors and admins also add feeds (a web page offers the feeds it links), change the interval, pause, remove,
// and import OPML on the server (a job whose progress arrives live, with a progress bar). Viewers only read.
import { api } from '../api.js';
import { el, time, relative, field, dangerButton, extLink, errorText, plural } from '../dom.js';
import { sparkline } from '../chart.js';
import { onFeedStatus, onOpmlProgress } from '../stream.js';
import { can } from '../session.js';

const DAYS = 14;

export function mount(container) {
  let alive = true;
  let timer = null;
  const editor = can('editor');
  const list = el('ul', { id: 'feed-list', class: 'feed-list' });
  const formError = el('div', { id: 'feed-error', class: 'error', role: 'alert' });
  const url = el('input', { name: 'url', type: 'url', required: true, placeholder: 'https://example.com/rss.xml', autocomplete: 'off' });
  const interval = el('input', { name: 'interval', type: 'number', min: '1', value: '300', required: true });
  const form = el('form', { id: 'feed-form', class: 'feed-form' },
    field('feed-url', 'Feed or page URL', url), field('feed-interval', 'Poll every (seconds)', interval),
    el('button', { type: 'submit', text: 'Add feed' }), formError);
  form.addEventListener('submit', (e) => { e.preventDefault(); addFeed(url.value.trim(), false); });

  async function addFeed(address, force) {
    formError.replaceChildren();
    try {
      await api('/api/feeds', { method: 'POST', body: { url: address, interval_seconds: Number(interval.value), force } });
      url.value = '';
      await refresh();
    } catch (err) {
      if (err.status === 422 && Array.isArray(err.data.candidates)) offerCandidates(address, err.data.candidates);
      else formError.textContent = errorText(err);
    }
  }

  // A web page instead of a feed: its feeds to pick from, or (none found) adding the page anyway.
  function offerCandidates(address, candidates) {
    formError.replaceChildren(
      el('p', { text: candidates.length ? 'That address is a web page. It links these feeds:'
        : 'That address is a web page that links no feed. Polling it would find no articles.' }),
      candidates.length ? el('ul', { class: 'candidates' }, candidates.map((c) => el('li', {},
        el('button', { type: 'button', class: 'secondary small', text: 'Add', onclick: () => addFeed(c.url, false) }), ' ',
        el('span', { text: `${c.title || c.url} (${c.type || 'feed'})` })))) : null,
      el('button', { type: 'button', class: 'secondary small', id: 'force-add', text: 'Add the page anyway', onclick: () => addFeed(address, true) }));
  }

  const opmlFile = el('input', { type: 'file', accept: '.opml,.xml,text/xml,application/xml,text/x-opml' });
  const progress = el('progress', { id: 'opml-progress', max: '1', value: '0', 'aria-label': 'OPML import progress', hidden: true });
  const opmlStatus = el('p', { id: 'opml-status', class: 'small', role: 'status', 'aria-live': 'polite' });
  const opmlErrors = el('ul', { id: 'opml-errors', class: 'small opml-errors' });
  opmlFile.addEventListener('change', () => { if (opmlFile.files[0]) importOpml(opmlFile.files[0]); });

  const side = editor
    ? el('div', { class: 'feeds-side' }, el('h3', { text: 'Add a feed' }), form,
      el('h3', { text: 'OPML' }), field('opml-file', 'Import an OPML file', opmlFile),
      progress, opmlStatus, opmlErrors,
      el('p', {}, el('a', { id: 'opml-export', href: '/api/opml', download: 'claimwatch-feeds.opml', text: 'Export all feeds as OPML' })))
    : el('div', { class: 'feeds-side' }, el('p', { class: 'notice', text: 'You can read the feeds; adding and changing them needs the editor role.' }),
      el('p', {}, el('a', { id: 'opml-export', href: '/api/opml', download: 'claimwatch-feeds.opml', text: 'Export all feeds as OPML' })));
  container.replaceChildren(el('section', { class: 'feeds', 'aria-labelledby': 'feeds-title' },
    el('div', { class: 'section-head' }, el('h2', { id: 'feeds-title', text: 'Feeds' })),
    el('div', { class: 'feeds-grid' }, side, el('div', {}, el('h3', { text: 'Configured feeds' }), list))));

  // Refreshes overlap (an action, the live status, the timer): only the latest one started may draw, so an older
  // answer that arrives late never paints a feed as it was before the editor's last change.
  let drawn = 0;
  async function refresh() {
    const mine = ++drawn;
    const [feeds, stats] = await Promise.all([api('/api/feeds'), api(`/api/stats/versions-per-day?days=${DAYS}`).catch(() => ({ feeds: {} }))]);
    if (!alive || mine !== drawn) return;
    const focused = document.activeElement && document.activeElement.closest('#feed-list li') ? document.activeElement.id : null;
    list.replaceChildren(...(feeds.length ? feeds.map((f) => feedItem(f, stats.feeds[String(f.id)] || {}))
      : [el('li', { class: 'muted empty', text: editor ? 'No feeds yet: add one with its URL, or import an OPML file.' : 'No feeds yet.' })]));
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  }

  function days() {
    const out = [];
    const today = new Date();
    for (let i = DAYS - 1; i >= 0; i--) {
      const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i));
      out.push(d.toISOString().slice(0, 10));
    }
    return out;
  }

  function feedItem(f, perDay) {
    const values = days().map((d) => perDay[d] || 0);
    const total = values.reduce((a, b) => a + b, 0);
    const rowError = el('p', { class: 'error small', role: 'alert' });
    const act = (fn) => async () => {
      rowError.textContent = '';
      try { await fn(); await refresh(); } catch (e) { rowError.textContent = errorText(e); }
    };
    const status = String(f.status).replace(/[^a-z]/g, '');
    let actions = null;
    if (editor) {
      const intervalInput = el('input', { id: `interval-${f.id}`, type: 'number', min: '1', value: String(f.interval_seconds), class: 'narrow' });
      actions = el('div', { class: 'feed-actions' },
        el('label', { for: `interval-${f.id}`, text: 'Interval (s)' }), intervalInput,
        el('button', { type: 'button', class: 'secondary small', id: `save-${f.id}`, text: 'Save',
          onclick: act(() => api(`/api/feeds/${f.id}`, { method: 'PATCH', body: { interval_seconds: Number(intervalInput.value) } })) }),
        el('button', { type: 'button', class: 'secondary small', id: `pause-${f.id}`, text: f.paused ? 'Resume' : 'Pause',
          onclick: act(() => api(`/api/feeds/${f.id}`, { method: 'PATCH', body: { paused: !f.paused } })) }),
        dangerButton('Remove', `Remove the feed "${f.title || f.url}" with its articles and their history?`,
          act(() => api(`/api/feeds/${f.id}`, { method: 'DELETE' })), { id: `remove-${f.id}`, class: 'danger small' }),
        el('a', { class: 'small', href: `/api/atom/feeds/${f.id}`, text: 'Atom' }));
    }
    return el('li', { class: `feed status-${status}`, dataset: { feedId: String(f.id), status: f.status } },
      el('div', { class: 'feed-head' },
        el('strong', { class: 'feed-title', text: f.title || f.url }),
        el('span', { class: `badge status ${status}`, text: f.paused ? 'paused' : f.status }),
        sparkline(values, `${total} versions in the last ${DAYS} days`)),
      el('div', { class: 'meta feed-url' }, extLink(f.url, f.url)),
      el('dl', { class: 'feed-facts' },
        fact('Last poll', f.last_polled_at ? relative(f.last_polled_at) : 'never', f.last_polled_at && time(f.last_polled_at)),
        fact('Next poll', f.paused ? 'paused' : relative(f.next_poll_at), time(f.next_poll_at)),
        fact('Articles', String(f.items_count)), fact('Versions', String(f.versions_count)),
        f.recheck_not_modified ? fact('Re-checks 304', `${f.recheck_not_modified} · ${savedBytes(f.recheck_bytes_saved)} saved`,
          'Article re-checks the outlet answered "not modified": the page was not downloaded again') : null,
        f.parse_warnings ? fact('Warnings', f.parse_warnings) : null,
        f.last_error ? fact('Last error', f.last_error) : null),
      actions, rowError);
  }

  function savedBytes(n) {
    if (n >= 1048576) return `${(n / 1048576).toFixed(1)} MB`;
    if (n >= 1024) return `${Math.round(n / 1024)} kB`;
    return `${n} B`;
  }

  function fact(label, value, title) {
    return el('div', { class: 'fact' }, el('dt', { text: label }), el('dd', { text: value, title: title || null }));
  }

  // OPML import on the server: the file goes up once; the job's progress arrives live (and is polled as well).
  let job = null;
  function showJob(p) {
    if (!job || p.id !== job) return;
    progress.hidden = false;
    progress.max = Math.max(1, p.total);
    progress.value = p.done;
    const added = p.done - p.failed - (p.skipped || 0);
    opmlStatus.textContent = `${p.finished ? 'Imported' : 'Importing'}: ${p.done} of ${p.total} done · ${added} added`
      + `${p.skipped ? ` · ${p.skipped} already present` : ''}${p.failed ? ` · ${p.failed} failed` : ''}${p.finished ? '.' : '…'}`;
    opmlErrors.replaceChildren(...(p.errors || []).map((e) => el('li', { class: e.duplicate ? 'muted' : 'error', text: `${e.url}: ${e.error}` })));
    if (p.finished) { job = null; opmlFile.value = ''; refresh().catch(() => {}); }
  }

  async function importOpml(file) {
    opmlErrors.replaceChildren();
    opmlStatus.textContent = 'Uploading…';
    try {
      const started = await api(`/api/feeds/opml?interval_seconds=${Number(interval.value) || 300}`, { method: 'POST', body: file });
      job = started.id;
      showJob(started);
      while (job === started.id && alive) {
        await new Promise((r) => { setTimeout(r, 700); });
        if (job !== started.id || !alive) break;
        showJob(await api(`/api/feeds/opml/${started.id}`));
      }
    } catch (e) {
      opmlStatus.textContent = errorText(e);
      opmlFile.value = '';
    }
  }

  refresh().catch((e) => { formError.textContent = errorText(e); });
  // Periodic refresh, but never under an editor's fingers.
  const idle = () => !(document.activeElement && document.activeElement.matches('#feed-list input'));
  timer = setInterval(() => { if (idle()) refresh().catch(() => {}); }, 5000);
  let pending = null;
  const off = onFeedStatus(() => { clearTimeout(pending); pending = setTimeout(() => refresh().catch(() => {}), 300); });
  const offOpml = onOpmlProgress(showJob);
  return () => { alive = false; job = null; clearInterval(timer); clearTimeout(pending); off(); offOpml(); };
}
