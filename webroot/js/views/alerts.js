// Alerts view: webhook subscriptions (secret shown once), pause/resume, rotate, send test,
// the delivery log per subscription and the dead letters with "redeliver". Text only through textContent.
import { api } from '../api.js';

const KINDS = ['NUMBER_CHANGED', 'QUOTE_CHANGED', 'QUOTE_ADDED', 'QUOTE_REMOVED', 'ATTRIBUTION_CHANGED',
  'HEDGE_CHANGED', 'CLAIM_ADDED', 'CLAIM_REMOVED', 'CLAIM_REWORDED',
  'STORY_CLAIM_NEW', 'STORY_CLAIM_DISPUTED', 'STORY_CLAIM_UPDATED'];

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') node.textContent = v;
    else if (k === 'className') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

function button(label, onclick) {
  return el('button', { type: 'button', text: label, onclick });
}

function field(label, input) {
  return el('label', {}, el('span', { text: label }), input);
}

function list(text) {
  return text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

function ids(text) {
  return list(text).map(Number).filter((n) => Number.isInteger(n));
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '—';
}

export async function mount(container) {
  container.replaceChildren();
  const status = el('p', { className: 'error', role: 'alert' });
  const secretBox = el('p', { className: 'secret-once', role: 'status' });
  const subs = el('ul', { className: 'feed-list' });
  const log = el('section', {});
  const dead = el('ul', { className: 'stream-list' });

  async function guard(work) {
    status.textContent = '';
    try {
      await work();
    } catch (e) {
      status.textContent = e.message;
    }
  }

  function showSecret(secret, what) {
    secretBox.replaceChildren(
      el('strong', { text: `${what}: ` }),
      el('code', { text: secret }),
      el('span', { className: 'meta', text: ' — copy it now: it is not shown again.' }),
    );
  }

  // create form
  const name = el('input', { required: '', maxlength: '200' });
  const url = el('input', { type: 'url', required: '', placeholder: 'https://hooks.example.org/claimwatch' });
  const format = el('select', {}, el('option', { value: 'claimwatch', text: 'claimwatch JSON' }),
    el('option', { value: 'slack', text: 'Slack-compatible' }));
  const feeds = el('input', { placeholder: 'feed ids, comma-separated (empty: all)' });
  const stories = el('input', { placeholder: 'story ids, comma-separated (empty: all)' });
  const kinds = el('select', { multiple: '', size: '5' }, ...KINDS.map((k) => el('option', { value: k, text: k })));
  const minSignificance = el('input', { type: 'number', min: '0', max: '1', step: '0.05', value: '0.5' });
  const keywords = el('input', { placeholder: 'keywords, comma-separated (empty: any)' });
  const active = el('input', { type: 'checkbox' });
  active.checked = true;
  const form = el('form', { className: 'feed-form' },
    el('h3', { text: 'New subscription' }),
    field('Name', name), field('Target URL', url), field('Format', format),
    field('Feeds', feeds), field('Stories', stories), field('Change kinds (none selected: all)', kinds),
    field('Minimum significance', minSignificance), field('Keywords in the claim or title', keywords),
    field('Active', active),
    el('button', { type: 'submit', text: 'Create subscription' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    guard(async () => {
      const created = await api('/api/subscriptions', {
        method: 'POST',
        body: {
          name: name.value, url: url.value, format: format.value, active: active.checked,
          filters: {
            feeds: ids(feeds.value), stories: ids(stories.value),
            kinds: [...kinds.selectedOptions].map((o) => o.value),
            min_significance: Number(minSignificance.value || 0), keywords: list(keywords.value),
          },
        },
      });
      showSecret(created.secret, `Signing secret of "${created.name}"`);
      form.reset();
      active.checked = true;
      await refresh();
    });
  });

  function describe(f) {
    const parts = [];
    if (f.feeds && f.feeds.length) parts.push(`feeds ${f.feeds.join(', ')}`);
    if (f.stories && f.stories.length) parts.push(`stories ${f.stories.join(', ')}`);
    if (f.kinds && f.kinds.length) parts.push(f.kinds.join(', '));
    if (f.min_significance) parts.push(`significance ≥ ${f.min_significance}`);
    if (f.keywords && f.keywords.length) parts.push(`keywords: ${f.keywords.join(', ')}`);
    return parts.length ? parts.join(' · ') : 'every change';
  }

  function subscriptionItem(s) {
    const state = s.active ? 'active' : (s.disabled_reason ? `disabled: ${s.disabled_reason}` : 'paused');
    const testResult = el('span', { className: 'meta', role: 'status' });
    return el('li', {},
      el('strong', { text: s.name }), ' ',
      el('span', { className: 'badge', text: s.format }),
      el('span', { className: s.active ? 'badge article' : 'badge', text: state }),
      el('div', { className: 'meta', text: s.url }),
      el('div', { className: 'meta', text: `${describe(s.filters || {})} · ${s.pending_count} pending · ${s.dead_count} dead` }),
      el('div', {},
        button(s.active ? 'Pause' : 'Resume', () => guard(async () => {
          await api(`/api/subscriptions/${s.id}`, { method: 'PATCH', body: { active: !s.active } });
          await refresh();
        })),
        button('Rotate secret', () => guard(async () => {
          const r = await api(`/api/subscriptions/${s.id}/rotate-secret`, { method: 'POST' });
          showSecret(r.secret, `New secret of "${s.name}" (the old one keeps signing for a day)`);
        })),
        button('Send test', () => guard(async () => {
          testResult.textContent = ' sending…';
          const r = await api(`/api/subscriptions/${s.id}/test`, { method: 'POST' });
          testResult.textContent = r.status_code
            ? ` test answered HTTP ${r.status_code} in ${r.latency_ms} ms`
            : ` test failed: ${r.error || 'no response'}`;
          await showLog(s);
        })),
        button('Delivery log', () => guard(() => showLog(s))),
        button('Delete', () => guard(async () => {
          if (!window.confirm(`Delete the subscription "${s.name}" and its delivery log?`)) return;
          await api(`/api/subscriptions/${s.id}`, { method: 'DELETE' });
          log.replaceChildren();
          await refresh();
        })),
        testResult));
  }

  function deliveryRow(d, withRedeliver) {
    const cells = [d.id, d.type, d.status, d.attempts, d.last_status_code ?? '—',
      d.last_latency_ms == null ? '—' : `${d.last_latency_ms} ms`, d.last_error || '', d.response_excerpt || '',
      d.status === 'pending' ? when(d.next_attempt_at) : when(d.delivered_at), when(d.created_at)];
    const row = el('tr', {}, ...cells.map((c) => el('td', { text: String(c) })));
    row.append(el('td', {}, button('Attempts', () => guard(async () => {
      const attempts = await api(`/api/deliveries/${d.id}/attempts`);
      const detail = el('tr', { className: 'attempts' }, el('td', { colspan: '12' },
        el('ol', {}, ...attempts.map((a) => el('li', {
          text: `${when(a.created_at)} · ${a.status_code ? `HTTP ${a.status_code}` : 'no response'} · `
            + `${a.latency_ms} ms${a.error ? ` · ${a.error}` : ''}${a.response_excerpt ? ` · “${a.response_excerpt}”` : ''}`,
        })))));
      if (row.nextSibling && row.nextSibling.className === 'attempts') row.nextSibling.remove();
      row.after(detail);
    }))));
    if (withRedeliver && d.status !== 'pending') {
      row.append(el('td', {}, button('Redeliver', () => guard(async () => {
        await api(`/api/deliveries/${d.id}/redeliver`, { method: 'POST' });
        await refresh();
      }))));
    }
    return row;
  }

  function table(items, withRedeliver) {
    const head = ['id', 'type', 'status', 'attempts', 'last status', 'latency', 'error', 'response', 'next / delivered', 'created'];
    return el('table', { className: 'deliveries' },
      el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { text: h })))),
      el('tbody', {}, ...items.map((d) => deliveryRow(d, withRedeliver))));
  }

  async function showLog(s, before) {
    const page = await api(`/api/subscriptions/${s.id}/deliveries?limit=50${before ? `&before=${before}` : ''}`);
    const parts = [el('h3', { text: `Deliveries of "${s.name}"` }), table(page.items, true)];
    if (page.next_before) parts.push(button('Older', () => guard(() => showLog(s, page.next_before))));
    log.replaceChildren(...parts);
  }

  async function refresh() {
    const [all, deadPage] = await Promise.all([api('/api/subscriptions'), api('/api/deliveries?status=dead&limit=100')]);
    subs.replaceChildren(...(all.length ? all.map(subscriptionItem)
      : [el('li', { className: 'muted', text: 'No subscriptions yet.' })]));
    dead.replaceChildren(deadPage.items.length ? table(deadPage.items, true)
      : el('li', { className: 'muted', text: 'No dead letters.' }));
  }

  container.append(el('h2', { text: 'Webhook alerts' }), status, secretBox,
    el('div', { className: 'layout' },
      el('section', {}, el('h3', { text: 'Subscriptions' }), subs, log,
        el('h3', { text: 'Dead letters' }), dead),
      el('aside', {}, form)));
  await guard(refresh);
}
