// Stories view (placeholder): says so while the stories API is not there; replaced when the feature lands.
import { el } from '../dom.js';

export function mount(container, params) {
  const body = el('p', { class: 'muted', text: 'Loading stories…' });
  container.replaceChildren(el('section', { class: 'placeholder' },
    el('h2', { text: params.id ? `Story ${params.id}` : 'Stories' }), body));
  const path = params.id ? `/api/stories/${encodeURIComponent(params.id)}` : '/api/stories';
  fetch(path, { headers: { Accept: 'application/json' } }).then(async (res) => {
    if (res.status === 404) {
      body.textContent = 'Stories are not available yet in this version of claimwatch.';
      return;
    }
    if (!res.ok) {
      body.textContent = `Stories could not be loaded (HTTP ${res.status}).`;
      return;
    }
    const data = await res.json().catch(() => null);
    const items = Array.isArray(data) ? data : (data && data.items) || [];
    body.textContent = params.id ? 'Story loaded.' : `${items.length} stor${items.length === 1 ? 'y' : 'ies'}.`;
  }).catch((e) => { body.textContent = `Stories could not be loaded: ${e.message}`; });
  return () => {};
}
