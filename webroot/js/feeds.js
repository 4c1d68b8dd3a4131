// Feeds view: the list with status and last error, and the add form.
import { api } from './api.js';

export async function refreshFeeds() {
  const feeds = await api('/api/feeds');
  const list = document.getElementById('feed-list');
  list.replaceChildren(...feeds.map(feedItem));
}

function feedItem(feed) {
  const li = document.createElement('li');
  li.dataset.feedId = String(feed.id);
  const title = document.createElement('strong');
  title.textContent = feed.title || feed.url;
  const status = document.createElement('div');
  status.className = 'meta';
  status.textContent = `${feed.status} · ${feed.items_count} articles · ${feed.versions_count} versions` +
    (feed.last_polled_at ? ` · polled ${new Date(feed.last_polled_at).toLocaleTimeString()}` : '');
  li.append(title, status);
  if (feed.last_error) {
    const err = document.createElement('div');
    err.className = 'error feed-error';
    err.textContent = feed.last_error;
    li.append(err);
  }
  return li;
}

export function bindFeedForm() {
  const form = document.getElementById('feed-form');
  const error = document.getElementById('feed-error');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    try {
      await api('/api/feeds', {
        method: 'POST',
        body: { url: form.url.value.trim(), interval_seconds: Number(form.interval.value) },
      });
      form.url.value = '';
      await refreshFeeds();
    } catch (err) {
      error.textContent = err.message;
    }
  });
}
