// Entry module: signs in when needed, then wires the live stream, the connection indicator and the feeds view.
import { connectLive } from './bus.js';
import { renderEvent } from './live.js';
import { bindFeedForm, refreshFeeds } from './feeds.js';
import { loadSession, session } from './session.js';
import { mount as mountLogin } from './views/login.js';

const stream = document.getElementById('stream');
const indicator = document.getElementById('connection');
const LABELS = { live: 'live', reconnecting: 'reconnecting…', 'catching-up': 'catching up…' };

function showLogin() {
  const main = document.querySelector('main');
  mountLogin(main);
}

window.addEventListener('claimwatch:signin-required', showLogin);

async function start() {
  const s = await loadSession();
  if (!s.user && !s.public_mode) {
    showLogin();
    return;
  }
  if (s.user && s.user.must_change_password) {
    showLogin();
    return;
  }
  window.claimwatch = connectLive({
    address: 'claimwatch.live.versions',
    catchUpPath: '/api/events',
    onEvent: (event) => renderEvent(stream, event),
    onState: (state) => {
      indicator.textContent = LABELS[state] || state;
      indicator.className = `connection ${state}`;
    },
  });
  if (session().user) {
    bindFeedForm();
    refreshFeeds().catch(() => {});
    setInterval(() => refreshFeeds().catch(() => {}), 15000);
  }
}

start();
