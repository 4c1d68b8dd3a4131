// Entry module: signs in when needed, then runs the hash router, the nav and the connection indicator. Each view
// is its own module in js/views/<name>.js exporting mount(container, params), which may return a function to
// unmount it.
import * as stream from './stream.js';
import { loadSession, session, signOut, can } from './session.js';
import { el } from './dom.js';

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
// Views that need more than the viewer role: others get a friendly page saying so.
const NEEDS = { alerts: 'editor', admin: 'admin' };
const THEMES = ['auto', 'dark', 'light'];
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
  const needed = NEEDS[name];
  if (needed && signedIn() && !can(needed)) {
    params = { needed, view: name };
    name = 'forbidden';
  }
  if (typeof unmount === 'function') unmount();
  unmount = null;
  document.querySelectorAll('.nav a').forEach((a) => {
    if (a.dataset.route === (name === 'article' ? 'live' : name)) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  container.dataset.view = name;
  if (name === 'notfound') {
    container.replaceChildren(el('h2', { text: 'Page not found' }), el('p', { text: `No page at ${params.path || window.location.hash}.` }),
      el('p', {}, el('a', { href: '#/', text: 'Back to the live changes' })));
    return;
  }
  if (name === 'forbidden') {
    container.replaceChildren(el('h2', { text: 'Not available for your role' }),
      el('p', { class: 'notice', text: `This page needs the ${params.needed} role; you are signed in as ${session().user.role}. Ask an admin if you need it.` }),
      el('p', {}, el('a', { href: '#/', text: 'Back to the live changes' })));
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
    li.hidden = li.dataset.needs === 'user' ? !user : !can(li.dataset.needs);
  });
  document.body.dataset.role = user ? user.role : 'anonymous';
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

const theme = window.claimwatchTheme;

function showTheme() {
  const t = theme.choice();
  const button = document.getElementById('theme-toggle');
  button.textContent = `Theme: ${t}`;
  button.title = `Colour theme: ${t === 'auto' ? 'follows the system' : t}; click for ${THEMES[(THEMES.indexOf(t) + 1) % THEMES.length]}`;
  theme.apply();
}

async function start() {
  showTheme();
  document.getElementById('theme-toggle').addEventListener('click', () => {
    const next = THEMES[(THEMES.indexOf(theme.choice()) + 1) % THEMES.length];
    try { localStorage.setItem('claimwatch.theme', next); } catch { /* private mode: this page only */ }
    showTheme();
  });
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
