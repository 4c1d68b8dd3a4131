// Sign-in view, and the forced password change after a one-time password.
import { el, field, errorText } from '../dom.js';
import { session, signIn, changePassword } from '../session.js';

export function mount(container) {
  const mustChange = session().user && session().user.must_change_password;
  const error = el('p', { class: 'error', role: 'alert' });
  let form;
  if (mustChange) {
    const current = el('input', { type: 'password', name: 'current', required: true, autocomplete: 'current-password' });
    const next = el('input', { type: 'password', name: 'next', required: true, minlength: '12', autocomplete: 'new-password' });
    form = el('form', { class: 'login-form card' }, el('h2', { text: 'Choose a new password' }),
      el('p', { class: 'meta', text: 'You signed in with a one-time password. Choose your own before going on.' }),
      field('login-current', 'One-time password', current), field('login-next', 'New password', next, '12 characters or more'),
      el('button', { type: 'submit', text: 'Change password' }), error);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.textContent = '';
      try {
        await changePassword(current.value, next.value);
        window.location.hash = '#/';
        window.location.reload();
      } catch (err) {
        error.textContent = errorText(err);
      }
    });
  } else {
    const user = el('input', { type: 'text', name: 'username', required: true, autocomplete: 'username' });
    const pass = el('input', { type: 'password', name: 'password', required: true, autocomplete: 'current-password' });
    form = el('form', { class: 'login-form card' }, el('h2', { text: 'Sign in to claimwatch' }),
      field('login-username', 'Username', user), field('login-password', 'Password', pass),
      el('button', { type: 'submit', text: 'Sign in' }), error);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.textContent = '';
      try {
        const s = await signIn(user.value.trim(), pass.value);
        if (s.user.must_change_password) {
          mount(container);
        } else {
          window.location.hash = '#/';
          window.location.reload();
        }
      } catch (err) {
        error.textContent = err.status === 401 || err.status === 403 ? (err.message || 'Wrong username or password.') : errorText(err);
      }
    });
  }
  container.replaceChildren(form);
  const first = form.querySelector('input');
  if (first) first.focus();
}
