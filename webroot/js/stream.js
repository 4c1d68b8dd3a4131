// The stream of claim changes and new articles the page has seen, newest first, shared by the views.
// It loads the latest page once, then follows the live connection (with catch-up) for the whole session.
import { api } from './api.js';
import { connectLive } from './bus.js';

const FIRST_PAGE = 200;
const items = [];          // { key, type: 'change'|'article', id, time, data }, newest first
const keys = new Set();
const listeners = new Set();
const feedListeners = new Set();
const opmlListeners = new Set();
let connection = 'connecting';
let live = null;
let olderCursor = null;     // next_before of the claim changes already loaded
let started = null;

export function subscribe(fn) { listeners.add(fn); return () => listeners.delete(fn); }
export function onFeedStatus(fn) { feedListeners.add(fn); return () => feedListeners.delete(fn); }
export function onOpmlProgress(fn) { opmlListeners.add(fn); return () => opmlListeners.delete(fn); }
export function all() { return items; }
export function connectionState() { return connection; }
export function hasOlder() { return olderCursor != null; }

function emit(kind, added) { listeners.forEach((fn) => fn(kind, added)); }

// Newest first by time, then by key; binary search keeps inserts cheap.
function compare(a, b) {
  if (a.time !== b.time) return b.time - a.time;
  return a.id === b.id ? 0 : b.id - a.id;
}

function insert(entry) {
  if (keys.has(entry.key)) return false;
  keys.add(entry.key);
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(items[mid], entry) <= 0) lo = mid + 1; else hi = mid;
  }
  items.splice(lo, 0, entry);
  return true;
}

function changeEntry(c) {
  return { key: `c${c.id}`, type: 'change', id: c.id, time: Date.parse(c.created_at) || Date.now(), data: c };
}

function articleEntry(v) {
  return { key: `a${v.id}`, type: 'article', id: v.id, time: Date.parse(v.fetched_at) || Date.now(), data: v };
}

export function start(onState) {
  if (started) return started;
  started = (async () => {
    const [changes, versions] = await Promise.all([
      api(`/api/changes?before=&limit=${FIRST_PAGE}`),
      api('/api/events?before=&limit=100'),
    ]);
    changes.items.forEach((c) => insert(changeEntry(c)));
    versions.items.filter((v) => v.type === 'article').forEach((v) => insert(articleEntry(v)));
    olderCursor = changes.next_before;
    const changesAfter = changes.items.length ? changes.items[0].id : 0;
    const versionsAfter = versions.items.length ? versions.items[0].id : 0;
    emit('reset', []);
    live = connectLive({
      channels: [
        { name: 'changes', address: 'claimwatch.live.changes', catchUpPath: '/api/changes', after: changesAfter },
        { name: 'versions', address: 'claimwatch.live.versions', catchUpPath: '/api/events', after: versionsAfter },
        { name: 'feeds', address: 'claimwatch.live.feeds', replay: false },
        { name: 'opml', address: 'claimwatch.live.opml', replay: false },
      ],
      onEvent: (channel, event) => {
        if (channel === 'feeds') { feedListeners.forEach((fn) => fn(event)); return; }
        if (channel === 'opml') { opmlListeners.forEach((fn) => fn(event)); return; }
        const entry = channel === 'changes' ? changeEntry(event) : event.type === 'article' ? articleEntry(event) : null;
        if (entry && insert(entry)) emit('added', [entry]);
      },
      onState: (s) => { connection = s; onState(s); },
    });
    window.claimwatch = { drop: () => live.drop(), cursor: (n) => live.cursor(n), loaded: () => items.length };
  })();
  started.catch(() => { started = null; });
  return started;
}

// Loads the next older page of claim changes; returns how many were added.
export async function loadOlder(limit = 500) {
  if (olderCursor == null) return 0;
  const page = await api(`/api/changes?before=${olderCursor}&limit=${limit}`);
  olderCursor = page.next_before;
  const added = page.items.map(changeEntry).filter(insert);
  emit('reset', added);
  return added.length;
}
