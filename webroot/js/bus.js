// The live connection: the Vert.x event-bus bridge over SockJS, reconnecting by itself.
// After every (re)connect each channel catches up through the REST API from the last id it saw, so nothing is
// missed; each event reaches the caller once (deduplicated by id per channel).
import { api } from './api.js';

const EventBus = window.EventBus;

// channels: [{ name, address, catchUpPath (oldest-first ?after=), after (cursor), replay: bool }]
// replay false: no catch-up (e.g. feed status pings). onEvent(name, event); onState(state).
export function connectLive({ channels, onEvent, onState }) {
  const state = new Map(channels.map((c) => [c.name, { ...c, after: c.after || 0, seen: new Set() }]));
  let bus = null;
  let retryMs = 500;
  let closed = false;
  let catching = null;

  function deliver(channel, event) {
    if (channel.replay !== false) {
      if (event == null || event.id == null || channel.seen.has(event.id)) return;
      channel.seen.add(event.id);
      if (event.id > channel.after) channel.after = event.id;
    }
    onEvent(channel.name, event);
  }

  async function catchUpAll() {
    for (const channel of state.values()) {
      if (channel.replay === false) continue;
      for (;;) {
        const page = await api(`${channel.catchUpPath}?after=${channel.after}&limit=500`);
        page.items.forEach((e) => deliver(channel, e));
        if (!page.more) break;
      }
    }
  }

  // One catch-up at a time; callers share the running one.
  function catchUp() {
    if (!catching) catching = catchUpAll().finally(() => { catching = null; });
    return catching;
  }

  function open() {
    if (closed) return;
    const current = new EventBus('/eventbus');
    bus = current;
    let caughtUp = false;
    const buffered = [];
    current.onopen = async () => {
      retryMs = 500;
      for (const channel of state.values()) {
        // Each live message is a batch {items: [...]}, oldest first (the server coalesces bursts).
        current.registerHandler(channel.address, (err, msg) => {
          if (err || !msg || !msg.body || !Array.isArray(msg.body.items)) return;
          for (const item of msg.body.items) {
            if (caughtUp || channel.replay === false) deliver(channel, item);
            else buffered.push([channel, item]);
          }
        });
      }
      onState('catching-up');
      try {
        await catchUp();
        caughtUp = true;
        buffered.splice(0).forEach(([channel, body]) => deliver(channel, body));
        if (bus === current) onState('live');
        // The registration may reach the server after the catch-up query ran: look once more shortly after.
        setTimeout(() => { if (bus === current) catchUp().catch(() => {}); }, 1000);
      } catch (e) {
        if (bus === current) current.close();
      }
    };
    current.onclose = () => {
      if (bus !== current || closed) return;
      onState('reconnecting');
      setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    };
  }

  // A laptop waking up or a network coming back: look for what was missed right away.
  const wake = () => { if (document.visibilityState !== 'hidden') catchUp().catch(() => {}); };
  document.addEventListener('visibilitychange', wake);
  window.addEventListener('online', wake);

  onState('connecting');
  open();
  return {
    // Cuts the current socket as a network failure would (the client reconnects and catches up by itself).
    drop: () => bus && bus.sockJSConn && bus.sockJSConn.close(),
    close: () => { closed = true; if (bus) bus.close(); },
    cursor: (name) => state.get(name).after,
  };
}
