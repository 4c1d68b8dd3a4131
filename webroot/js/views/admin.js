// Admin view: users and roles (a new user's one-time password is shown once) and the audit log. Nobody can
// disable, demote or remove themselves (the server refuses it too).
import { api } from '../api.js';
import { el, field, time, dangerButton, errorText } from '../dom.js';
import { ROLES, ROLE_HELP } from '../constants.js';
import { session } from '../session.js';

export async function mount(container) {
  const me = session().user || {};
  const users = el('ul', { id: 'user-list', class: 'user-list' });
  const shown = el('p', { class: 'secret-once', role: 'status' });
  const error = el('p', { class: 'error', role: 'alert' });
  const name = el('input', { required: true, autocomplete: 'off', pattern: '[A-Za-z0-9._@\\-]{2,64}' });
  const role = el('select', {}, ROLES.map((r) => el('option', { value: r, text: `${r} — ${ROLE_HELP[r]}` })));
  const form = el('form', { id: 'user-form', class: 'inline-form' }, field('new-username', 'Username', name, '2–64 letters, digits, . _ @ -'),
    field('new-role', 'Role', role), el('button', { type: 'submit', text: 'Add user' }));
  const audit = el('ul', { id: 'audit', class: 'audit-list' });

  async function guard(work) {
    error.textContent = '';
    try { await work(); } catch (e) { error.textContent = errorText(e); }
  }

  function userItem(u) {
    const self = u.id === me.id;
    const select = el('select', { id: `role-${u.id}`, disabled: self, title: self ? 'You cannot change your own role' : null },
      ROLES.map((r) => el('option', { value: r, text: r, selected: r === u.role })));
    select.addEventListener('change', () => guard(async () => {
      const demote = ROLES.indexOf(select.value) < ROLES.indexOf(u.role);
      if (demote && !window.confirm(`Change ${u.username} from ${u.role} to ${select.value}?`)) { select.value = u.role; return; }
      await api(`/api/users/${u.id}`, { method: 'PATCH', body: { role: select.value } });
      await refreshAll();
    }));
    const actions = self ? el('span', { class: 'meta', text: 'this is you' }) : el('span', { class: 'user-actions' },
      u.disabled
        ? el('button', { type: 'button', class: 'secondary small', text: 'Enable',
          onclick: () => guard(async () => { await api(`/api/users/${u.id}`, { method: 'PATCH', body: { disabled: false } }); await refreshAll(); }) })
        : dangerButton('Disable', `Disable ${u.username}? They are signed out at once.`, () => guard(async () => {
          await api(`/api/users/${u.id}`, { method: 'PATCH', body: { disabled: true } });
          await refreshAll();
        }), { class: 'danger small' }),
      dangerButton('Remove', `Remove the user ${u.username} for good?`, () => guard(async () => {
        await api(`/api/users/${u.id}`, { method: 'DELETE' });
        await refreshAll();
      }), { class: 'danger small' }));
    return el('li', { class: `user${u.disabled ? ' disabled' : ''}`, dataset: { userId: String(u.id) } },
      el('strong', { class: 'username', text: u.username }),
      el('span', { class: `badge ${u.disabled ? 'status error' : 'status ok'}`, text: u.disabled ? 'disabled' : 'active' }),
      el('span', { class: 'user-role' }, el('label', { for: `role-${u.id}`, class: 'sr-only', text: `Role of ${u.username}` }), select),
      actions);
  }

  async function refreshUsers() {
    const all = await api('/api/users');
    users.replaceChildren(...all.map(userItem));
  }

  async function refreshAudit() {
    const page = await api('/api/audit?limit=100');
    audit.replaceChildren(...(page.items.length ? page.items.map((e) => el('li', { class: 'audit-entry' },
      el('span', { class: 'meta', text: time(e.at) }), ' ', el('strong', { text: e.username || '—' }), ' ',
      el('span', { text: e.action }), ' ', el('span', { class: `badge ${Number(e.status) >= 400 ? 'status error' : ''}`, text: String(e.status ?? '') }),
      e.detail ? el('code', { class: 'audit-detail', text: typeof e.detail === 'string' ? e.detail : JSON.stringify(e.detail) }) : null))
      : [el('li', { class: 'muted empty', text: 'Nothing logged yet.' })]));
  }

  function refreshAll() {
    return Promise.all([refreshUsers(), refreshAudit()]);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    guard(async () => {
      const u = await api('/api/users', { method: 'POST', body: { username: name.value.trim(), role: role.value } });
      shown.replaceChildren(el('strong', { text: `One-time password for ${u.username}: ` }), el('code', { text: u.one_time_password }),
        ' — give it to them now; it will not be shown again. They choose their own at the first sign-in.');
      name.value = '';
      await refreshAll();
    });
  });

  container.replaceChildren(el('section', { class: 'admin', 'aria-labelledby': 'users-title' },
    el('h2', { id: 'users-title', text: 'Users' }), error, shown, form, users,
    el('h2', { id: 'audit-title', text: 'Audit log' }), audit));
  await guard(refreshAll);
}
