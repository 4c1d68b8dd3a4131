// The signed-in user and the CSRF token of the session; api.js sends the token on every change.
let current = { user: null, csrf_token: null, public_mode: false };

export function session() {
  return current;
}

export async function loadSession() {
  const res = await fetch('/api/session', { credentials: 'same-origin' });
  current = res.ok ? await res.json() : { user: null, csrf_token: null, public_mode: false };
  return current;
}

export async function signIn(username, password) {
  const res = await fetch('/api/session', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error || `HTTP ${res.status}`);
  current = { ...current, user: data.user, csrf_token: data.csrf_token };
  return current;
}

export async function signOut() {
  await fetch('/api/session', {
    method: 'DELETE',
    credentials: 'same-origin',
    headers: { 'X-CSRF-Token': current.csrf_token || '' },
  });
  current = { user: null, csrf_token: null, public_mode: current.public_mode };
}

export function can(role) {
  const order = ['viewer', 'editor', 'admin'];
  return !!current.user && order.indexOf(current.user.role) >= order.indexOf(role);
}
