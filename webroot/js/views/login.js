// Sign-in view, and the forced password change after a one-time password.
import { session, signIn } from '../session.js';
import { api } from '../api.js';

function field(labelText, type, name, autocomplete) {
  const label = document.createElement('label');
  label.textContent = labelText;
  const input = document.createElement('input');
  input.type = type;
  input.name = name;
  input.required = true;
  input.autocomplete = autocomplete;
  label.append(input);
  return { label, input };
}

export function mount(container) {
  container.replaceChildren();
  const mustChange = session().user && session().user.must_change_password;
  const form = document.createElement('form');
  form.className = 'login-form card';
  const title = document.createElement('h2');
  const error = document.createElement('p');
  error.className = 'error';
  error.setAttribute('role', 'alert');
  const button = document.createElement('button');
  button.type = 'submit';

  if (mustChange) {
    title.textContent = 'Choose a new password';
    const current = field('One-time password', 'password', 'current', 'current-password');
    const next = field('New password (12 characters or more)', 'password', 'next', 'new-password');
    button.textContent = 'Change password';
    form.append(title, current.label, next.label, button, error);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.textContent = '';
      try {
        await api('/api/session/password', {
          method: 'POST',
          body: { current_password: current.input.value, new_password: next.input.value },
        });
        window.location.hash = '#/login';
        window.location.reload();
      } catch (err) {
        error.textContent = err.message;
      }
    });
  } else {
    title.textContent = 'Sign in to claimwatch';
    const user = field('Username', 'text', 'username', 'username');
    const pass = field('Password', 'password', 'password', 'current-password');
    button.textContent = 'Sign in';
    form.append(title, user.label, pass.label, button, error);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.textContent = '';
      try {
        const s = await signIn(user.input.value.trim(), pass.input.value);
        if (s.user.must_change_password) {
          mount(container);
        } else {
          window.location.hash = '#/';
          window.location.reload();
        }
      } catch (err) {
        error.textContent = err.message;
      }
    });
  }
  container.append(form);
  const first = form.querySelector('input');
  if (first) first.focus();
}
