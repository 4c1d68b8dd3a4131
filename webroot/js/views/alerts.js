// Alerts view (editors and admins): webhook subscriptions (secret shown once), pause/resume, rotate, send test,
// the delivery log per subscription and the dead letters with "redeliver". Feeds, stories and kinds are picked
// by name. Text only through textContent (dom.js).
import { api } from '../api.js';
import { el, field, time, dangerButton, errorText, kindLabel } from '../dom.js';
import { ALERT_KINDS, kindInfo } from '../constants.js';
import { picker } from '../picker.js';

function splitList(text) {
  return text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

export async function mount(container) {
  const status = el('p', { class: 'error', role: 'alert' });
  const secretBox = el('p', { class: 'secret-once', role: 'status' });
  const subs = el('ul', { id: 'subscriptions', class: 'feed-list' });
  const log = el('section', { id: 'delivery-log', 'aria-label': 'Delivery log' });
  const dead = el('div', { id: 'dead-letters' });
  let feedNames = new Map();
  let storyNames = new Map();

  async function guard(work) {
    status.textContent = '';
    try {
      await work();
    } catch (e) {
      status.textContent = errorText(e);
    }
  }

  function showSecret(secret, what) {
    secretBox.replaceChildren(el('strong', { text: `${what}: ` }), el('code', { text: secret }),
      el('span', { class: 'meta', text: ' — copy it now: it is not shown again.' }));
  }

  const [feedList, storyPage] = await Promise.all([api('/api/feeds').catch(() => []), api('/api/stories').catch(() => ({ items: [] }))]);
  feedNames = new Map(feedList.map((f) => [f.id, f.title || f.url]));
  storyNames = new Map((storyPage.items || []).map((s) => [s.id, s.title || `Story ${s.id}`]));

  // create form
  const name = el('input', { required: true, maxlength: '200' });
  const url = el('input', { type: 'url', required: true, placeholder: 'https://hooks.example.org/claimwatch' });
  const format = el('select', {}, el('option', { value: 'claimwatch', text: 'claimwatch JSON' }),
    el('option', { value: 'slack', text: 'Slack-compatible' }));
  const feeds = picker('sub-feeds', 'Feeds', feedList.map((f) => ({ id: f.id, name: f.title || f.url, detail: f.title ? f.url : '' })), 'none chosen: every feed', 'feed');
  const stories = picker('sub-stories', 'Stories', (storyPage.items || []).map((s) => ({ id: s.id, name: s.title || `Story ${s.id}`,
    detail: (s.outlets || []).slice(0, 3).join(', ') })), 'none chosen: every story', 'story');
  const kinds = picker('sub-kinds', 'Change kinds', ALERT_KINDS.map((k) => ({ id: k, name: kindLabel(k), detail: '' })), 'none chosen: every kind', 'kind');
  const minSignificance = el('select', {}, el('option', { value: '0', text: 'any (minor and up)' }),
    el('option', { value: '0.5', text: 'notable and major (0.5+)', selected: true }), el('option', { value: '0.8', text: 'major only (0.8+)' }));
  const keywords = el('input', { placeholder: 'comma-separated; empty: any' });
  const active = el('input', { type: 'checkbox', id: 'sub-active', checked: true });
  const form = el('form', { id: 'subscription-form', class: 'feed-form' },
    el('h3', { text: 'New subscription' }),
    field('sub-name', 'Name', name), field('sub-url', 'Target URL', url), field('sub-format', 'Format', format),
    feeds.node, stories.node, kinds.node,
    field('sub-significance', 'Significance', minSignificance), field('sub-keywords', 'Keywords in the claim or title', keywords),
    el('div', { class: 'field checkbox' }, active, el('label', { for: 'sub-active', text: 'Active' })),
    el('button', { type: 'submit', text: 'Create subscription' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    guard(async () => {
      const created = await api('/api/subscriptions', {
        method: 'POST',
        body: {
          name: name.value, url: url.value, format: format.value, active: active.checked,
          filters: {
            feeds: feeds.value(), stories: stories.value(), kinds: kinds.value(),
            min_significance: Number(minSignificance.value || 0), keywords: splitList(keywords.value),
          },
        },
      });
      showSecret(created.secret, `Signing secret of "${created.name}"`);
      form.reset();
      feeds.reset(); stories.reset(); kinds.reset();
      active.checked = true;
      await refresh();
    });
  });

  function describe(f) {
    const parts = [];
    if (f.feeds && f.feeds.length) parts.push(`feeds: ${f.feeds.map((id) => feedNames.get(id) || `#${id}`).join(', ')}`);
    if (f.stories && f.stories.length) parts.push(`stories: ${f.stories.map((id) => storyNames.get(id) || `#${id}`).join(', ')}`);
    if (f.kinds && f.kinds.length) parts.push(f.kinds.map((k) => kindInfo(k).label).join(', '));
    if (f.min_significance) parts.push(`significance ≥ ${f.min_significance}`);
    if (f.keywords && f.keywords.length) parts.push(`keywords: ${f.keywords.join(', ')}`);
    return parts.length ? parts.join(' · ') : 'every change';
  }

  function button(label, onclick) {
    return el('button', { type: 'button', class: 'secondary small', text: label, onclick });
  }

  function subscriptionItem(s) {
    const state = s.active ? 'active' : (s.disabled_reason ? `disabled: ${s.disabled_reason}` : 'paused');
    const testResult = el('span', { class: 'meta', role: 'status' });
    return el('li', { class: 'subscription', dataset: { subscriptionId: String(s.id) } },
      el('div', { class: 'feed-head' }, el('strong', { text: s.name }),
        el('span', { class: 'badge', text: s.format }),
        el('span', { class: s.active ? 'badge status ok' : 'badge status paused', text: state })),
      el('div', { class: 'meta feed-url', text: s.url }),
      el('div', { class: 'meta', text: `${describe(s.filters || {})} · ${s.pending_count} pending · ${s.dead_count} dead` }),
      el('div', { class: 'feed-actions' },
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
        dangerButton('Delete', `Delete the subscription "${s.name}" and its delivery log?`, () => guard(async () => {
          await api(`/api/subscriptions/${s.id}`, { method: 'DELETE' });
          log.replaceChildren();
          await refresh();
        }), { class: 'danger small' }),
        testResult));
  }

  function deliveryRow(d, withRedeliver) {
    const cells = [d.id, d.type, d.status, d.attempts, d.last_status_code ?? '—',
      d.last_latency_ms == null ? '—' : `${d.last_latency_ms} ms`, d.last_error || '', d.response_excerpt || '',
      d.status === 'pending' ? time(d.next_attempt_at) : time(d.delivered_at), time(d.created_at)];
    const row = el('tr', {}, cells.map((c) => el('td', { text: String(c) })));
    const actions = el('td', { class: 'row-actions' }, button('Attempts', () => guard(async () => {
      const attempts = await api(`/api/deliveries/${d.id}/attempts`);
      const detail = el('tr', { class: 'attempts' }, el('td', { colspan: '11' },
        el('ol', {}, attempts.map((a) => el('li', {
          text: `${time(a.created_at)} · ${a.status_code ? `HTTP ${a.status_code}` : 'no response'} · `
            + `${a.latency_ms} ms${a.error ? ` · ${a.error}` : ''}${a.response_excerpt ? ` · “${a.response_excerpt}”` : ''}`,
        })))));
      if (row.nextSibling && row.nextSibling.className === 'attempts') row.nextSibling.remove();
      row.after(detail);
    })));
    if (withRedeliver && d.status !== 'pending') {
      actions.append(' ', button('Redeliver', () => guard(async () => {
        await api(`/api/deliveries/${d.id}/redeliver`, { method: 'POST' });
        await refresh();
      })));
    }
    row.append(actions);
    return row;
  }

  function table(items, withRedeliver, caption) {
    const head = ['id', 'type', 'status', 'attempts', 'last status', 'latency', 'error', 'response', 'next / delivered', 'created', 'actions'];
    return el('div', { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
      el('table', { class: 'deliveries' }, el('caption', { class: 'sr-only', text: caption }),
        el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, items.map((d) => deliveryRow(d, withRedeliver)))));
  }

  async function showLog(s, before) {
    const page = await api(`/api/subscriptions/${s.id}/deliveries?limit=50${before ? `&before=${before}` : ''}`);
    const parts = [el('h3', { text: `Deliveries of "${s.name}"` }),
      page.items.length ? table(page.items, true, `Deliveries of ${s.name}`) : el('p', { class: 'muted', text: 'Nothing sent yet.' })];
    if (page.next_before) parts.push(button('Older', () => guard(() => showLog(s, page.next_before))));
    log.replaceChildren(...parts);
  }

  async function refresh() {
    const [all, deadPage] = await Promise.all([api('/api/subscriptions'), api('/api/deliveries?status=dead&limit=100')]);
    subs.replaceChildren(...(all.length ? all.map(subscriptionItem)
      : [el('li', { class: 'muted empty', text: 'No subscriptions yet: create one with the form.' })]));
    dead.replaceChildren(deadPage.items.length ? table(deadPage.items, true, 'Dead letters')
      : el('p', { class: 'muted', text: 'No dead letters.' }));
  }

  container.replaceChildren(el('h2', { text: 'Webhook alerts' }), status, secretBox,
    el('div', { class: 'alerts-grid' },
      el('section', { 'aria-labelledby': 'subs-title' }, el('h3', { id: 'subs-title', text: 'Subscriptions' }), subs, log,
        el('h3', { text: 'Dead letters' }), dead),
      el('aside', { 'aria-label': 'New subscription' }, form)));
  await guard(refresh);
}
