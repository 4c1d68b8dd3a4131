// Account view: personal API tokens (each shown once) and sign-out.
import { api } from '../api.js';
import { session, signOut } from '../session.js';

export async function mount(container) {
  container.replaceChildren();
  const heading = document.createElement('h2');
  heading.textContent = `Account: ${session().user ? session().user.username : ''}`;
  const role = document.createElement('p');
  role.className = 'meta';
  role.textContent = session().user ? `Role: ${session().user.role}` : '';

  const tokensTitle = document.createElement('h3');
  tokensTitle.textContent = 'API tokens';
  const list = document.createElement('ul');
  list.className = 'token-list';
  const shown = document.createElement('p');
  shown.className = 'secret-once';
  shown.setAttribute('role', 'status');

  const form = document.createElement('form');
  const label = document.createElement('label');
  label.textContent = 'New token name';
  const name = document.createElement('input');
  name.required = true;
  name.maxLength = 100;
  label.append(name);
  const create = document.createElement('button');
  create.type = 'submit';
  create.textContent = 'Create token';
  form.append(label, create);

  const out = document.createElement('button');
  out.type = 'button';
  out.textContent = 'Sign out';
  out.addEventListener('click', async () => {
    await signOut();
    window.location.hash = '#/login';
    window.location.reload();
  });

  async function refresh() {
    const tokens = await api('/api/tokens');
    list.replaceChildren(...tokens.map((t) => {
      const li = document.createElement('li');
      li.textContent = `${t.name} · created ${new Date(t.created_at).toLocaleString()}`
        + (t.revoked_at ? ' · revoked' : '') + (t.last_used_at ? ` · last used ${new Date(t.last_used_at).toLocaleString()}` : '');
      if (!t.revoked_at) {
        const revoke = document.createElement('button');
        revoke.type = 'button';
        revoke.textContent = 'Revoke';
        revoke.addEventListener('click', async () => {
          await api(`/api/tokens/${t.id}`, { method: 'DELETE' });
          refresh();
        });
        li.append(' ', revoke);
      }
      return li;
    }));
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const t = await api('/api/tokens', { method: 'POST', body: { name: name.value.trim() } });
    shown.textContent = `Token "${t.name}": ${t.token} — copy it now, it will not be shown again.`;
    name.value = '';
    refresh();
  });

  container.append(heading, role, tokensTitle, shown, form, list, out);
  await refresh();
}
