// Admin view: users and roles (a new user's one-time password is shown once) and the audit log.
import { api } from '../api.js';

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text == null ? '' : String(text);
  return td;
}

export async function mount(container) {
  container.replaceChildren();
  const usersTitle = document.createElement('h2');
  usersTitle.textContent = 'Users';
  const table = document.createElement('table');
  table.className = 'users';
  const shown = document.createElement('p');
  shown.className = 'secret-once';
  shown.setAttribute('role', 'status');

  const form = document.createElement('form');
  const nameLabel = document.createElement('label');
  nameLabel.textContent = 'Username';
  const name = document.createElement('input');
  name.required = true;
  nameLabel.append(name);
  const roleLabel = document.createElement('label');
  roleLabel.textContent = 'Role';
  const role = document.createElement('select');
  for (const r of ['viewer', 'editor', 'admin']) {
    const o = document.createElement('option');
    o.value = r;
    o.textContent = r;
    role.append(o);
  }
  roleLabel.append(role);
  const add = document.createElement('button');
  add.type = 'submit';
  add.textContent = 'Add user';
  const error = document.createElement('p');
  error.className = 'error';
  form.append(nameLabel, roleLabel, add, error);

  const auditTitle = document.createElement('h2');
  auditTitle.textContent = 'Audit log';
  const audit = document.createElement('table');
  audit.className = 'audit';

  async function refreshUsers() {
    const users = await api('/api/users');
    table.replaceChildren(...users.map((u) => {
      const tr = document.createElement('tr');
      const select = document.createElement('select');
      select.setAttribute('aria-label', `Role of ${u.username}`);
      for (const r of ['viewer', 'editor', 'admin']) {
        const o = document.createElement('option');
        o.value = r;
        o.textContent = r;
        o.selected = r === u.role;
        select.append(o);
      }
      select.addEventListener('change', () => api(`/api/users/${u.id}`, { method: 'PATCH', body: { role: select.value } }));
      const roleCell = document.createElement('td');
      roleCell.append(select);
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.textContent = u.disabled ? 'Enable' : 'Disable';
      toggle.addEventListener('click', async () => {
        await api(`/api/users/${u.id}`, { method: 'PATCH', body: { disabled: !u.disabled } });
        refreshUsers();
      });
      const actions = document.createElement('td');
      actions.append(toggle);
      tr.append(cell(u.username), roleCell, cell(u.disabled ? 'disabled' : 'active'), actions);
      return tr;
    }));
  }

  async function refreshAudit() {
    const page = await api('/api/audit?limit=100');
    audit.replaceChildren(...page.items.map((e) => {
      const tr = document.createElement('tr');
      tr.append(cell(new Date(e.at).toLocaleString()), cell(e.username), cell(e.action), cell(e.detail), cell(e.status));
      return tr;
    }));
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    try {
      const u = await api('/api/users', { method: 'POST', body: { username: name.value.trim(), role: role.value } });
      shown.textContent = `One-time password for ${u.username}: ${u.one_time_password} — give it to them now; it will not be shown again.`;
      name.value = '';
      refreshUsers();
      refreshAudit();
    } catch (err) {
      error.textContent = err.message;
    }
  });

  container.append(usersTitle, shown, form, table, auditTitle, audit);
  await Promise.all([refreshUsers(), refreshAudit()]);
}
