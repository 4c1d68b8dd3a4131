// Alerts view (placeholder): says so while the alerts API is not there; replaced when the feature lands.
import { el } from '../dom.js';

export function mount(container) {
  const body = el('p', { class: 'muted', text: 'Loading alerts…' });
  container.replaceChildren(el('section', { class: 'placeholder' }, el('h2', { text: 'Alerts' }), body));
  fetch('/api/alerts', { headers: { Accept: 'application/json' } }).then(async (res) => {
    if (res.status === 404) {
      body.textContent = 'Alerts are not available yet in this version of claimwatch.';
      return;
    }
    if (!res.ok) {
      body.textContent = `Alerts could not be loaded (HTTP ${res.status}).`;
      return;
    }
    const data = await res.json().catch(() => null);
    const items = Array.isArray(data) ? data : (data && data.items) || [];
    body.textContent = `${items.length} alert subscription(s).`;
  }).catch((e) => { body.textContent = `Alerts could not be loaded: ${e.message}`; });
  return () => {};
}
