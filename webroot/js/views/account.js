// Account view: who you are, change your password, and personal API tokens (each shown once). Signing out is
// the header's button.
import { api } from '../api.js';
import { el, field, time, dangerButton, errorText } from '../dom.js';
import { ROLE_HELP } from '../constants.js';
import { session, changePassword } from '../session.js';

export async function mount(container) {
  const user = session().user || {};
  const list = el('ul', { id: 'token-list', class: 'token-list' });
  const shown = el('p', { class: 'secret-once', role: 'status' });
  const tokenError = el('p', { class: 'error', role: 'alert' });
  const name = el('input', { required: true, maxlength: '100', autocomplete: 'off' });
  const tokenForm = el('form', { id: 'token-form', class: 'inline-form' }, field('token-name', 'New token name', name),
    el('button', { type: 'submit', text: 'Create token' }));

  const current = el('input', { type: 'password', required: true, autocomplete: 'current-password' });
  const next = el('input', { type: 'password', required: true, minlength: '12', autocomplete: 'new-password' });
  const again = el('input', { type: 'password', required: true, minlength: '12', autocomplete: 'new-password' });
  const pwStatus = el('p', { id: 'password-status', role: 'status' });
  const pwForm = el('form', { id: 'password-form', class: 'stack-form' },
    field('current-password', 'Current password', current),
    field('new-password', 'New password', next, '12 characters or more'),
    field('new-password-again', 'New password again', again),
    el('button', { type: 'submit', text: 'Change password' }), pwStatus);
  pwForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    pwStatus.className = '';
    if (next.value !== again.value) {
      pwStatus.className = 'error';
      pwStatus.textContent = 'The two new passwords differ.';
      return;
    }
    try {
      await changePassword(current.value, next.value);
      pwForm.reset();
      pwStatus.className = 'ok';
      pwStatus.textContent = 'Password changed. Your other sessions were signed out.';
    } catch (err) {
      pwStatus.className = 'error';
      pwStatus.textContent = errorText(err);
    }
  });

  async function refresh() {
    const tokens = await api('/api/tokens');
    list.replaceChildren(...(tokens.length ? tokens.map((t) => el('li', { class: 'token' },
      el('strong', { text: t.name }),
      el('span', { class: 'meta', text: ` created ${time(t.created_at)}${t.revoked_at ? ' · revoked' : ''}`
        + `${t.last_used_at ? ` · last used ${time(t.last_used_at)}` : ' · never used'}` }),
      t.revoked_at ? null : dangerButton('Revoke', `Revoke the token "${t.name}"? Tools using it stop working.`, async () => {
        try { await api(`/api/tokens/${t.id}`, { method: 'DELETE' }); await refresh(); } catch (err) { tokenError.textContent = errorText(err); }
      }, { class: 'danger small' })))
      : [el('li', { class: 'muted empty', text: 'No tokens yet. A token lets a feed reader or a newsroom tool read the Atom feeds and the API as you.' })]));
  }

  tokenForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    tokenError.textContent = '';
    try {
      const t = await api('/api/tokens', { method: 'POST', body: { name: name.value.trim() } });
      shown.replaceChildren(el('strong', { text: `Token "${t.name}": ` }), el('code', { text: t.token }),
        ' — copy it now, it will not be shown again.');
      name.value = '';
      await refresh();
    } catch (err) {
      tokenError.textContent = errorText(err);
    }
  });

  container.replaceChildren(el('section', { class: 'account', 'aria-labelledby': 'account-title' },
    el('h2', { id: 'account-title', text: `Account: ${user.username || ''}` }),
    el('p', { class: 'meta', text: `Role: ${user.role || '—'} (${ROLE_HELP[user.role] || ''})` }),
    el('div', { class: 'account-grid' },
      el('div', {}, el('h3', { text: 'Change password' }), pwForm),
      el('div', {}, el('h3', { text: 'API tokens' }), shown, tokenForm, tokenError, list))));
  await refresh().catch((err) => { tokenError.textContent = errorText(err); });
}
