// Entry module: the hash router, the nav, and the connection indicator. Each view is its own module in
// js/views/<name>.js exporting mount(container, params), which may return a function to unmount it.
import * as stream from './stream.js';

const ROUTES = [
  [/^\/?$/, 'live', []],
  [/^\/feeds$/, 'feeds', []],
  [/^\/articles\/(\d+)$/, 'article', ['id']],
  [/^\/alerts$/, 'alerts', []],
  [/^\/stories$/, 'stories', []],
  [/^\/stories\/(\d+)$/, 'stories', ['id']],
];
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

async function route() {
  const seq = ++routeSeq;
  const { name, params } = parseHash(window.location.hash);
  if (typeof unmount === 'function') unmount();
  unmount = null;
  document.querySelectorAll('.nav a').forEach((a) => {
    if (a.dataset.route === (name === 'article' ? 'live' : name)) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  container.dataset.view = name;
  if (name === 'notfound') {
    const p = document.createElement('p');
    p.textContent = `No page at ${params.path}.`;
    container.replaceChildren(p);
    return;
  }
  const view = await import(`./views/${name}.js`);
  if (seq !== routeSeq) return;
  unmount = view.mount(container, params) || null;
}

window.addEventListener('hashchange', () => { route().then(() => container.focus({ preventScroll: true })); });
setConnection('connecting');
// The first page may fail (server restarting): say so and try again until it loads.
function startStream() {
  stream.start(setConnection).catch(() => {
    setConnection('reconnecting');
    setTimeout(startStream, 3000);
  });
}
startStream();
route();
