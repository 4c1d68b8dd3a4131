// Entry module: wires the live stream, the connection indicator and the feeds view.
import { connectLive } from './bus.js';
import { renderEvent } from './live.js';
import { bindFeedForm, refreshFeeds } from './feeds.js';

const stream = document.getElementById('stream');
const indicator = document.getElementById('connection');
const LABELS = { live: 'live', reconnecting: 'reconnecting…', 'catching-up': 'catching up…' };

window.claimwatch = connectLive({
  address: 'claimwatch.live.versions',
  catchUpPath: '/api/events',
  onEvent: (event) => renderEvent(stream, event),
  onState: (state) => {
    indicator.textContent = LABELS[state] || state;
    indicator.className = `connection ${state}`;
  },
});

bindFeedForm();
refreshFeeds().catch(() => {});
setInterval(() => refreshFeeds().catch(() => {}), 15000);
