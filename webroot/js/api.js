// Every request of the page goes through api(): JSON in and out (or a File/Blob body sent as is), the session's
// CSRF token on every change, a 401 sends the editor to the sign-in view. A failure becomes an ApiError carrying
// the status, the server's message and a friendly sentence for the screen (never raw JSON).
let csrfToken = null;

export function setCsrfToken(token) {
  csrfToken = token || null;
}

export class ApiError extends Error {
  constructor(status, message, data) {
    super(message);
    this.status = status;
    this.data = data || {};
    this.friendly = friendly(status, message);
  }
}

function friendly(status, message) {
  if (status === 403 && /role/.test(message || '')) {
    const m = /\((\w+)\)/.exec(message);
    return `Your role${m ? ` (${m[1]})` : ''} cannot do this. Ask an admin for the editor role if you need it.`;
  }
  if (status === 403) return message || 'This is not allowed for your account.';
  if (status === 401) return 'Please sign in again.';
  if (status === 404) return message ? `Not found: ${message}` : 'Not found.';
  if (status === 0) return 'The server cannot be reached. Check the connection and try again.';
  if (status >= 500) return 'The server had a problem. Try again in a moment.';
  return message || `The request failed (HTTP ${status}).`;
}

export async function api(path, options = {}) {
  const method = (options.method || 'GET').toUpperCase();
  const raw = typeof Blob !== 'undefined' && options.body instanceof Blob;
  const headers = { ...(raw ? { 'Content-Type': options.body.type || 'application/octet-stream' } : { 'Content-Type': 'application/json' }),
    ...(options.headers || {}) };
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const init = { ...options, method, headers, credentials: 'same-origin' };
  if (init.body != null && !raw && typeof init.body !== 'string') init.body = JSON.stringify(init.body);
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, e.message);
  }
  if (res.status === 401 && !path.startsWith('/api/session') && !options.quiet) {
    window.dispatchEvent(new CustomEvent('claimwatch:signin-required'));
  }
  if (res.status === 204) return null;
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, typeof data.error === 'string' ? data.error : `HTTP ${res.status}`, data);
  return data;
}
