// Entry module: signs in when needed, then runs the hash router, the nav and the connection indicator. Each view
// is its own module in js/views/<name>.js exporting mount(container, params), which may return a function to
// unmount it.
import * as stream from './stream.js';
import { loadSession, session, signOut, can } from './session.js';

const ROUTES = [
  [/^\/?$/, 'live', []],
  [/^\/feeds$/, 'feeds', []],
  [/^\/articles\/(\d+)$/, 'article', ['id']],
  [/^\/alerts$/, 'alerts', []],
  [/^\/stories$/, 'stories', []],
  [/^\/stories\/(\d+)$/, 'stories', ['id']],
  [/^\/account$/, 'account', []],
  [/^\/admin$/, 'admin', []],
  [/^\/login$/, 'login', []],
];
// Views a visitor without sign-in may open in public mode.
const PUBLIC_VIEWS = new Set(['live', 'login']);
const LABELS = { connecting: 'connecting…', live: 'live', reconnecting: 'reconnecting…', 'catching-up': 'catching up…' };

const container = document.getElementById('view');
const indicator = document.getElementById('connection');
let unmount = null;
let routeSeq = 0;

function setConnection(state) {
  indicator.textContent = LABELS[state] || state;
  indicator.className = `connection ${state}`;
  indicator.dataset.state = state;
}

export function parseHash(hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?');
  for (const [pattern, name, keys] of ROUTES) {
    const m = pattern.exec(path);
    if (!m) continue;
    const params = Object.fromEntries(new URLSearchParams(query));
    keys.forEach((k, i) => { params[k] = m[i + 1]; });
    return { name, params };
  }
  return { name: 'notfound', params: { path } };
}

function signedIn() {
  const s = session();
  return !!s.user && !s.user.must_change_password;
}

async function route() {
  const seq = ++routeSeq;
  let { name, params } = parseHash(window.location.hash);
  if (!signedIn() && !(session().public_mode && PUBLIC_VIEWS.has(name))) name = 'login';
  if (name === 'admin' && !can('admin')) name = 'notfound';
  if (typeof unmount === 'function') unmount();
  unmount = null;
  document.querySelectorAll('.nav a').forEach((a) => {
    if (a.dataset.route === (name === 'article' ? 'live' : name)) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  container.dataset.view = name;
  if (name === 'notfound') {
    const p = document.createElement('p');
    p.textContent = `No page at ${params.path || window.location.hash}.`;
    container.replaceChildren(p);
    return;
  }
  const view = await import(`./views/${name}.js`);
  if (seq !== routeSeq) return;
  const result = view.mount(container, params);
  unmount = typeof result === 'function' ? result : null;
}

function renderNav() {
  const user = session().user;
  document.querySelectorAll('[data-needs]').forEach((li) => {
    li.hidden = li.dataset.needs === 'admin' ? !can('admin') : !user;
  });
  const who = document.getElementById('who');
  who.textContent = user ? `${user.username} (${user.role})` : '';
  document.getElementById('sign-out').hidden = !user;
}

// The first page may fail (server restarting): say so and try again until it loads.
function startStream() {
  stream.start(setConnection).catch(() => {
    setConnection('reconnecting');
    setTimeout(startStream, 3000);
  });
}

async function start() {
  await loadSession().catch(() => null);
  renderNav();
  document.getElementById('sign-out').addEventListener('click', async () => {
    await signOut().catch(() => {});
    window.location.hash = '#/login';
    window.location.reload();
  });
  window.addEventListener('claimwatch:signin-required', () => {
    if (container.dataset.view !== 'login') window.location.hash = '#/login';
  });
  window.addEventListener('hashchange', () => { route().then(() => container.focus({ preventScroll: true })); });
  if (signedIn() || session().public_mode) {
    setConnection('connecting');
    startStream();
  } else {
    setConnection('signed out');
  }
  route();
}

start();
