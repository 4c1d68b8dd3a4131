// Feeds view: add, edit the interval, pause/resume, remove; status, polls, errors, counts, a sparkline of
// versions per day; OPML import (one feed at a time, with progress) and export.
import { api } from '../api.js';
import { el, time, relative } from '../dom.js';
import { sparkline } from '../chart.js';
import { onFeedStatus } from '../stream.js';

const DAYS = 14;

export function mount(container) {
  let alive = true;
  let timer = null;
  const list = el('ul', { id: 'feed-list', class: 'feed-list' });
  const formError = el('p', { id: 'feed-error', class: 'error', role: 'alert' });
  const url = el('input', { id: 'feed-url', name: 'url', type: 'url', required: true, placeholder: 'https://example.com/rss.xml', autocomplete: 'off' });
  const interval = el('input', { id: 'feed-interval', name: 'interval', type: 'number', min: '1', value: '300', required: true });
  const form = el('form', { id: 'feed-form', class: 'feed-form' },
    el('div', { class: 'field' }, el('label', { for: 'feed-url', text: 'Feed URL' }), url),
    el('div', { class: 'field' }, el('label', { for: 'feed-interval', text: 'Poll every (seconds)' }), interval),
    el('button', { type: 'submit', text: 'Add feed' }), formError);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    formError.textContent = '';
    try {
      await api('/api/feeds', { method: 'POST', body: { url: url.value.trim(), interval_seconds: Number(interval.value) } });
      url.value = '';
      await refresh();
    } catch (err) {
      formError.textContent = err.message;
    }
  });

  const opmlFile = el('input', { id: 'opml-file', type: 'file', accept: '.opml,.xml,text/xml,application/xml,text/x-opml' });
  const progress = el('progress', { id: 'opml-progress', max: '1', value: '0' });
  progress.hidden = true;
  const opmlStatus = el('p', { id: 'opml-status', class: 'small', role: 'status', 'aria-live': 'polite' });
  const opmlErrors = el('ul', { id: 'opml-errors', class: 'error small' });
  opmlFile.addEventListener('change', () => { if (opmlFile.files[0]) importOpml(opmlFile.files[0]); });

  container.replaceChildren(el('section', { class: 'feeds', 'aria-labelledby': 'feeds-title' },
    el('div', { class: 'section-head' }, el('h2', { id: 'feeds-title', text: 'Feeds' })),
    el('div', { class: 'feeds-grid' },
      el('div', {}, el('h3', { text: 'Add a feed' }), form,
        el('h3', { text: 'OPML' }),
        el('div', { class: 'field' }, el('label', { for: 'opml-file', text: 'Import an OPML file' }), opmlFile),
        progress, opmlStatus, opmlErrors,
        el('p', {}, el('a', { id: 'opml-export', href: '/api/opml', download: 'claimwatch-feeds.opml', text: 'Export all feeds as OPML' }))),
      el('div', {}, el('h3', { text: 'Configured feeds' }), list))));

  async function refresh() {
    const [feeds, stats] = await Promise.all([api('/api/feeds'), api(`/api/stats/versions-per-day?days=${DAYS}`).catch(() => ({ feeds: {} }))]);
    if (!alive) return;
    const focused = document.activeElement && document.activeElement.closest('#feed-list li') ? document.activeElement.id : null;
    list.replaceChildren(...(feeds.length ? feeds.map((f) => feedItem(f, stats.feeds[String(f.id)] || {}))
      : [el('li', { class: 'muted', text: 'No feeds yet.' })]));
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
    const intervalInput = el('input', { id: `interval-${f.id}`, type: 'number', min: '1', value: String(f.interval_seconds), class: 'narrow' });
    const rowError = el('p', { class: 'error small', role: 'alert' });
    const act = (fn) => async () => {
      rowError.textContent = '';
      try { await fn(); await refresh(); } catch (e) { rowError.textContent = e.message; }
    };
    return el('li', { class: `feed status-${String(f.status).replace(/[^a-z]/g, '')}`, dataset: { feedId: String(f.id), status: f.status } },
      el('div', { class: 'feed-head' },
        el('strong', { class: 'feed-title', text: f.title || f.url }),
        el('span', { class: `badge status ${String(f.status).replace(/[^a-z]/g, '')}`, text: f.paused ? 'paused' : f.status }),
        sparkline(values, `${total} versions in the last ${DAYS} days`)),
      el('div', { class: 'meta' }, el('a', { href: f.url, rel: 'noopener noreferrer', target: '_blank', text: f.url })),
      el('dl', { class: 'feed-facts' },
        fact('Last poll', f.last_polled_at ? relative(f.last_polled_at) : 'never', f.last_polled_at && time(f.last_polled_at)),
        fact('Next poll', f.paused ? 'paused' : relative(f.next_poll_at), time(f.next_poll_at)),
        fact('Articles', String(f.items_count)), fact('Versions', String(f.versions_count)),
        f.parse_warnings ? fact('Warnings', f.parse_warnings) : null,
        f.last_error ? fact('Last error', f.last_error) : null),
      el('div', { class: 'feed-actions' },
        el('label', { for: `interval-${f.id}`, text: 'Interval (s)' }), intervalInput,
        el('button', { type: 'button', class: 'secondary', id: `save-${f.id}`, text: 'Save',
          onclick: act(() => api(`/api/feeds/${f.id}`, { method: 'PATCH', body: { interval_seconds: Number(intervalInput.value) } })) }),
        el('button', { type: 'button', class: 'secondary', id: `pause-${f.id}`, text: f.paused ? 'Resume' : 'Pause',
          onclick: act(() => api(`/api/feeds/${f.id}`, { method: 'PATCH', body: { paused: !f.paused } })) }),
        el('button', { type: 'button', class: 'danger', id: `remove-${f.id}`, text: 'Remove',
          onclick: act(async () => { if (window.confirm(`Remove ${f.title || f.url}?`)) await api(`/api/feeds/${f.id}`, { method: 'DELETE' }); }) }),
        el('a', { class: 'small', href: `/api/atom/feeds/${f.id}`, text: 'Atom' })),
      rowError);
  }

  function fact(label, value, title) {
    return el('div', { class: 'fact' }, el('dt', { text: label }), el('dd', { text: value, title: title || null }));
  }

  async function importOpml(file) {
    opmlErrors.replaceChildren();
    const text = await file.text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) {
      opmlStatus.textContent = 'That file is not valid OPML (XML could not be parsed).';
      return;
    }
    const urls = [...new Set([...doc.querySelectorAll('outline[xmlUrl]')].map((o) => o.getAttribute('xmlUrl').trim()).filter(Boolean))];
    if (urls.length === 0) { opmlStatus.textContent = 'No feeds (outline xmlUrl) found in that file.'; return; }
    const seconds = Number(interval.value) || 300;
    let done = 0;
    let failed = 0;
    progress.hidden = false;
    progress.max = urls.length;
    progress.value = 0;
    const show = () => { opmlStatus.textContent = `Imported ${done - failed} of ${urls.length}${failed ? `, ${failed} skipped` : ''}${done < urls.length ? '…' : '.'}`; };
    show();
    let next = 0;
    const worker = async () => {
      while (next < urls.length && alive) {
        const u = urls[next++];
        try {
          await api('/api/feeds', { method: 'POST', body: { url: u, interval_seconds: seconds } });
        } catch (e) {
          failed++;
          opmlErrors.append(el('li', { text: `${u}: ${e.message}` }));
        }
        done++;
        progress.value = done;
        show();
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    opmlFile.value = '';
    await refresh();
  }

  refresh().catch((e) => { formError.textContent = e.message; });
  // Periodic refresh, but never under an editor's fingers.
  const idle = () => !(document.activeElement && document.activeElement.matches('#feed-list input'));
  timer = setInterval(() => { if (idle()) refresh().catch(() => {}); }, 5000);
  let pending = null;
  const off = onFeedStatus(() => { clearTimeout(pending); pending = setTimeout(() => refresh().catch(() => {}), 300); });
  return () => { alive = false; clearInterval(timer); clearTimeout(pending); off(); };
}
