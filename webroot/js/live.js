// Live view: new articles and new versions, newest first. Untrusted text is set with textContent only.
const MAX_ITEMS = 500;

export function renderEvent(list, event) {
  document.getElementById('stream-empty').hidden = true;
  const li = document.createElement('li');
  li.dataset.id = String(event.id);
  li.className = 'event';

  const badge = document.createElement('span');
  badge.className = `badge ${event.type}`;
  badge.textContent = event.type === 'article' ? 'new article' : `version ${event.version_no}`;
  li.append(badge);

  const link = document.createElement('a');
  link.textContent = event.title || event.url;
  link.href = safeUrl(event.url);
  link.rel = 'noopener noreferrer';
  link.target = '_blank';
  li.append(link);

  const meta = document.createElement('div');
  meta.className = 'meta';
  const outlet = document.createElement('span');
  outlet.textContent = `${event.outlet || ''} · ${new Date(event.fetched_at).toLocaleString()} · `;
  const added = document.createElement('span');
  added.className = 'added';
  added.textContent = `+${event.sentences_added} sentences`;
  const removed = document.createElement('span');
  removed.className = 'removed';
  removed.textContent = ` −${event.sentences_removed} sentences`;
  meta.append(outlet, added, removed);
  if (event.revert_of) {
    const revert = document.createElement('span');
    revert.textContent = ` · back to version ${event.revert_of}`;
    meta.append(revert);
  }
  li.append(meta);

  list.prepend(li);
  while (list.children.length > MAX_ITEMS) list.lastElementChild.remove();
}

// Only http(s) links are made clickable; anything else (javascript:, data:) becomes inert.
export function safeUrl(url) {
  try {
    const u = new URL(url, window.location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}
