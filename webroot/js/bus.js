// The live connection: the Vert.x event-bus bridge over SockJS, reconnecting by itself.
// After every (re)connect it catches up through the REST API from the last event seen, so nothing is missed;
// callers get each event once (deduplicated by id).
import { api } from './api.js';

const EventBus = window.EventBus;

export function connectLive({ address, catchUpPath, onEvent, onState }) {
  let lastId = 0;
  const seen = new Set();
  let bus = null;
  let retryMs = 500;

  function deliver(event) {
    if (seen.has(event.id)) return;
    seen.add(event.id);
    if (event.id > lastId) lastId = event.id;
    onEvent(event);
  }

  async function catchUp() {
    onState('catching-up');
    for (;;) {
      const page = await api(`${catchUpPath}?after=${lastId}&limit=500`);
      page.items.forEach(deliver);
      if (!page.more) break;
    }
  }

  function open() {
    bus = new EventBus('/eventbus');
    const buffered = [];
    let caughtUp = false;
    bus.onopen = async () => {
      retryMs = 500;
      bus.registerHandler(address, (err, msg) => {
        if (err || !msg) return;
        if (caughtUp) deliver(msg.body); else buffered.push(msg.body);
      });
      try {
        await catchUp();
        caughtUp = true;
        buffered.splice(0).forEach(deliver);
        onState('live');
      } catch (e) {
        onState('reconnecting');
        bus.close();
      }
    };
    bus.onclose = () => {
      onState('reconnecting');
      setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, 10000);
    };
  }

  open();
  return { close: () => bus && (bus.onclose = null, bus.close()), lastId: () => lastId };
}
