// The signed-in user and the CSRF token of the session (all calls through api.js, which sends the token).
import { api, setCsrfToken } from './api.js';
import { ROLES } from './constants.js';

let current = { user: null, csrf_token: null, public_mode: false };

function set(next) {
  current = next;
  setCsrfToken(current.csrf_token);
  return current;
}

export function session() {
  return current;
}

export async function loadSession() {
  try {
    return set(await api('/api/session', { quiet: true }));
  } catch {
    return set({ user: null, csrf_token: null, public_mode: false });
  }
}

export async function signIn(username, password) {
  const data = await api('/api/session', { method: 'POST', body: { username, password } });
  return set({ ...current, user: data.user, csrf_token: data.csrf_token });
}

export async function signOut() {
  try {
    await api('/api/session', { method: 'DELETE' });
  } finally {
    set({ user: null, csrf_token: null, public_mode: current.public_mode });
  }
}

export async function changePassword(currentPassword, newPassword) {
  await api('/api/session/password', { method: 'POST', body: { current_password: currentPassword, new_password: newPassword } });
}

// True when the signed-in user has `role` or a higher one.
export function can(role) {
  return !!current.user && ROLES.indexOf(current.user.role) >= ROLES.indexOf(role);
}
