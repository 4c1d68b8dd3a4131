// REST calls; every failure becomes an Error carrying the server's message.
// Changes carry the session's CSRF token; a 401 sends the editor to the sign-in view.
import { session } from './session.js';

export async function api(path, options = {}) {
  const method = (options.method || 'GET').toUpperCase();
  const headers = { 'Content-Type': 'application/json', ...(options.headers || {}) };
  if (method !== 'GET' && method !== 'HEAD' && session().csrf_token) headers['X-CSRF-Token'] = session().csrf_token;
  const init = { ...options, method, headers, credentials: 'same-origin' };
  if (init.body && typeof init.body !== 'string') init.body = JSON.stringify(init.body);
  const res = await fetch(path, init);
  if (res.status === 401 && !path.startsWith('/api/session')) {
    window.dispatchEvent(new CustomEvent('claimwatch:signin-required'));
  }
  if (res.status === 204) return null;
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error || `HTTP ${res.status}`);
  return data;
}
