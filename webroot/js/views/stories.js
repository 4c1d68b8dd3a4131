// Stories view: the same event across outlets. Without params.id: the list of stories. With params.id: one
// story's timeline of articles by outlet, its claim groups (disputed first) with every outlet's value linked to
// its article and sentence, a small chart per numeric group, and (editors) the corrections: rename, pin, merge,
// split. All nodes through dom.js (text only ever as text, links sanitised).
import { api } from '../api.js';
import { el, svg, extLink, plural, errorText, dangerButton } from '../dom.js';
import { STORY_STATUS_ORDER } from '../constants.js';
import { can } from '../session.js';

const MARKS = ['#c0392b', '#2471a3', '#1e8449', '#b9770e', '#7d3c98', '#117a65', '#566573', '#a04000'];

function storyLink(text, id) {
  return el('a', { href: `#/stories/${encodeURIComponent(id)}`, text });
}

function statusBadge(status) {
  return el('span', { class: `status status-${String(status).toLowerCase()}`, text: status });
}

export async function mount(container, params = {}) {
  container.replaceChildren();
  const message = el('p', { class: 'meta', role: 'status' });
  try {
    if (params && params.id) {
      await mountStory(container, message, params.id);
    } else {
      await mountList(container, message);
    }
  } catch (err) {
    container.replaceChildren(el('h2', { text: 'Stories' }), message);
    message.textContent = err.status === 404 ? 'There is no such story (it may have been merged or split away).'
      : `Could not load stories: ${errorText(err)}`;
  }
}

async function mountList(container, message) {
  const data = await api('/api/stories');
  const items = data.items || [];
  const list = el('ul', { id: 'story-list', class: 'story-list' }, items.map((s) => el('li', { class: 'story' },
    el('div', { class: 'story-title' }, storyLink(s.title || `Story ${s.id}`, s.id), s.pinned ? el('span', { class: 'meta', text: ' (pinned)' }) : null),
    el('div', { class: 'meta' }, `${plural(s.article_count, 'article')} · `,
      el('span', { class: s.disputed_count ? 'disputed' : '', text: `${s.disputed_count} disputed` }),
      ` · ${(s.outlets || []).join(', ')}${s.last_date ? ` · latest ${s.last_date}` : ''}`))));
  container.append(el('h2', { text: 'Stories' }), message, list);
  if (!items.length) message.textContent = 'No stories yet: they appear as articles arrive.';
}

async function mountStory(container, message, id) {
  const story = await api(`/api/stories/${encodeURIComponent(id)}`);
  container.append(el('a', { href: '#/stories', text: '← All stories' }), el('h2', { text: story.title || `Story ${story.id}` }), message);
  if (story.merged_into) {
    container.append(el('p', {}, 'This story was merged into ', storyLink(`story ${story.merged_into}`, story.merged_into)));
    return;
  }
  container.append(el('p', { class: 'meta', text: `${plural(story.article_count, 'article')} · ${story.first_date || '?'} to ${story.last_date || '?'}`
    + ` · ${plural(story.disputed_count, 'disputed claim group')}` }));
  const editor = can('editor');
  if (editor) container.append(await editorTools(story, message, id, container));
  container.append(timeline(story, editor));
  container.append(claimGroups(story));
}

async function editorTools(story, message, id, container) {
  const titleInput = el('input', { id: 'story-title', maxlength: '300', value: story.title || '' });
  const rename = el('form', { class: 'inline-form' }, el('div', { class: 'field' }, el('label', { for: 'story-title', text: 'Title' }), titleInput),
    el('button', { type: 'submit', text: 'Rename' }));
  rename.addEventListener('submit', (e) => {
    e.preventDefault();
    act(message, () => api(`/api/stories/${id}`, { method: 'PATCH', body: { title: titleInput.value } }), container, id);
  });
  const pin = el('button', { type: 'button', class: 'secondary', text: story.pinned ? 'Unpin' : 'Pin',
    title: 'A pinned story takes new articles whatever their age',
    onclick: () => act(message, () => api(`/api/stories/${id}`, { method: 'PATCH', body: { pinned: !story.pinned } }), container, id) });
  // Merge target picked by name: a search box narrowing the list of other stories.
  const others = ((await api('/api/stories').catch(() => ({ items: [] }))).items || []).filter((s) => String(s.id) !== String(story.id));
  const find = el('input', { type: 'search', id: 'merge-search', placeholder: 'type to find a story', autocomplete: 'off' });
  const into = el('select', { id: 'merge-into' }, el('option', { value: '', text: others.length ? 'choose a story' : 'no other story' }),
    others.map((s) => el('option', { value: String(s.id), text: `${s.title || `Story ${s.id}`} (${plural(s.article_count, 'article')})` })));
  find.addEventListener('input', () => {
    const q = find.value.trim().toLowerCase();
    [...into.options].forEach((o, i) => { if (i > 0) o.hidden = q !== '' && !o.textContent.toLowerCase().includes(q); });
  });
  const mergeButton = dangerButton('Merge', 'Merge this story into the chosen one? Its articles move there.', () => {
    const target = Number(into.value);
    if (!target) { message.textContent = 'Choose the story to merge into first.'; return; }
    act(message, () => api(`/api/stories/${id}/merge`, { method: 'POST', body: { into: target } }), container, target);
  });
  const merge = el('div', { class: 'inline-form' },
    el('div', { class: 'field' }, el('label', { for: 'merge-search', text: 'Merge into' }), find),
    el('div', { class: 'field' }, el('label', { for: 'merge-into', text: 'Story' }), into), mergeButton);
  return el('details', { class: 'editor-tools' }, el('summary', { text: 'Edit: rename, pin, merge' }), rename, pin, merge);
}

// Shows story `id`: through the router when the address changes, else by mounting again in place.
async function show(container, id) {
  const target = `#/stories/${encodeURIComponent(id)}`;
  if (window.location.hash !== target) window.location.hash = target;
  else await mount(container, { id });
}

async function act(message, call, container, showId) {
  try {
    const result = await call();
    await show(container, result && result.id ? result.id : showId);
  } catch (err) {
    message.textContent = errorText(err);
  }
}

function timeline(story, editor) {
  const section = el('section', { class: 'story-timeline' }, el('h3', { text: 'Timeline by outlet' }));
  const byOutlet = new Map();
  for (const a of story.articles || []) {
    if (!byOutlet.has(a.outlet)) byOutlet.set(a.outlet, []);
    byOutlet.get(a.outlet).push(a);
  }
  const selected = new Set();
  const list = el('dl', { class: 'timeline-outlets' });
  for (const [outlet, articles] of byOutlet) {
    list.append(el('dt', { text: outlet || 'unknown outlet' }), el('dd', {}, articles.map((a) => {
      const box = editor ? el('input', { type: 'checkbox', 'aria-label': `Select "${a.title || a.url}" to split off`,
        onchange: (e) => (e.target.checked ? selected.add(a.article_id) : selected.delete(a.article_id)) }) : null;
      return el('div', { class: 'timeline-article' }, box, el('span', { class: 'meta', text: `${a.article_date || '?'} ` }),
        el('a', { href: `#/articles/${encodeURIComponent(a.article_id)}`, text: a.title || a.url }), ' ', extLink('↗', a.url, { 'aria-label': 'source' }),
        a.assigned_by === 'editor' ? el('span', { class: 'meta', text: ' (placed by an editor)' }) : null);
    })));
  }
  section.append(list);
  if (!editor) return section;
  const note = el('span', { class: 'meta', role: 'status' });
  const split = el('button', { type: 'button', class: 'secondary', text: 'Split selected articles into a new story', onclick: async () => {
    if (!selected.size) {
      note.textContent = ' Select articles first.';
      return;
    }
    try {
      const created = await api(`/api/stories/${story.id}/split`, { method: 'POST', body: { article_ids: [...selected] } });
      await show(section.parentElement, created.id);
    } catch (err) {
      note.textContent = ` ${errorText(err)}`;
    }
  } });
  section.append(split, note);
  return section;
}

function claimGroups(story) {
  const section = el('section', { class: 'story-groups' }, el('h3', { text: 'Claims across outlets' }));
  const groups = [...(story.groups || [])]
    .filter((g) => g.status !== 'SINGLE')
    .sort((a, b) => (STORY_STATUS_ORDER[a.status] ?? 9) - (STORY_STATUS_ORDER[b.status] ?? 9));
  if (!groups.length) section.append(el('p', { class: 'meta', text: 'No claim is reported by more than one article yet.' }));
  for (const g of groups) {
    const box = el('article', { class: `claim-group group-${String(g.status).toLowerCase()}` },
      el('h4', {}, `${g.label} `, statusBadge(g.status)));
    if (g.kind === 'NUMBER') box.append(chart(g));
    box.append(el('ul', { class: 'group-values' }, (g.values || []).map((v) => el('li', {},
      el('strong', { text: `${v.outlet}` }), el('span', { class: 'meta', text: ` ${v.date || '?'}: ` }), el('span', { text: v.display || v.stance || '' }),
      v.source ? el('span', { class: 'meta', text: ` (source: ${v.source})` }) : null,
      el('blockquote', { class: 'sentence', text: v.text || '', title: `article ${v.article_id}, version ${v.version_id}, characters ${v.start}–${v.end}` }),
      extLink('open article', v.url), ' ',
      el('a', { href: `#/articles/${encodeURIComponent(v.article_id)}`, title: `version ${v.version_id}, characters ${v.start}–${v.end}`,
        text: 'sentence in claimwatch' })))));
    section.append(box);
  }
  return section;
}

// A small chart of value over time: one mark per outlet, colour and legend by outlet.
function chart(group) {
  const values = (group.values || []).filter((v) => typeof v.value === 'number');
  const width = 320;
  const height = 120;
  const pad = { left: 56, right: 12, top: 10, bottom: 26 };
  const outlets = [...new Set(values.map((v) => v.outlet))];
  const box = svg('svg', { viewBox: `0 0 ${width} ${height + 18 * Math.ceil(outlets.length / 2)}`, class: 'story-chart', role: 'img',
    'aria-label': `${group.label}: value over time by outlet` });
  if (!values.length) return box;
  const times = values.map((v) => (v.date ? Date.parse(v.date) : NaN)).filter((t) => !Number.isNaN(t));
  const t0 = times.length ? Math.min(...times) : 0;
  const t1 = times.length ? Math.max(...times) : 1;
  const nums = values.map((v) => v.value);
  let lo = Math.min(...nums);
  let hi = Math.max(...nums);
  if (lo === hi) {
    lo -= Math.max(1, Math.abs(lo) * 0.05);
    hi += Math.max(1, Math.abs(hi) * 0.05);
  }
  const x = (t) => pad.left + (t1 === t0 ? (width - pad.left - pad.right) / 2
    : ((t - t0) / (t1 - t0)) * (width - pad.left - pad.right));
  const y = (v) => pad.top + (1 - (v - lo) / (hi - lo)) * (height - pad.top - pad.bottom);
  const line = (x1, y1, x2, y2) => svg('line', { x1, y1, x2, y2, class: 'axis-line' });
  const text = (s, tx, ty, anchor) => svg('text', { x: tx, y: ty, class: 'axis', 'text-anchor': anchor || null, text: s });
  box.append(line(pad.left, pad.top, pad.left, height - pad.bottom),
    line(pad.left, height - pad.bottom, width - pad.right, height - pad.bottom),
    text(hi.toLocaleString(), pad.left - 4, pad.top + 8, 'end'),
    text(lo.toLocaleString(), pad.left - 4, height - pad.bottom, 'end'));
  if (times.length) {
    box.append(text(new Date(t0).toISOString().slice(0, 10), pad.left, height - 8, 'start'));
    if (t1 !== t0) box.append(text(new Date(t1).toISOString().slice(0, 10), width - pad.right, height - 8, 'end'));
  }
  const colour = (o) => MARKS[outlets.indexOf(o) % MARKS.length];
  values.forEach((v, i) => {
    const t = v.date ? Date.parse(v.date) : t0;
    box.append(svg('circle', { cx: x(t) + (i % 3) * 3, cy: y(v.value), r: 4, fill: colour(v.outlet) },
      svg('title', { text: `${v.outlet}, ${v.date || 'undated'}: ${v.display}` })));
  });
  outlets.forEach((o, i) => {
    const lx = 8 + (i % 2) * 160;
    const ly = height + 12 + Math.floor(i / 2) * 18;
    box.append(svg('circle', { cx: lx, cy: ly - 3, r: 4, fill: colour(o) }), text(o, lx + 8, ly, 'start'));
  });
  return box;
}
