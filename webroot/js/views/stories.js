// Stories view: the same event across outlets. Without params.id: the list of stories. With params.id: one
// story's timeline of articles by outlet, its claim groups (disputed first) with every outlet's value linked to
// its article and sentence, a small chart per numeric group, and the editor's corrections (rename, pin, merge,
// split). Text is only ever set with textContent.
import { api } from '../api.js';

const SVG = 'http://www.w3.org/2000/svg';
const STATUS_ORDER = { DISPUTED: 0, UPDATED: 1, AGREED: 2, SINGLE: 3 };
const MARKS = ['#c0392b', '#2471a3', '#1e8449', '#b9770e', '#7d3c98', '#117a65', '#566573', '#a04000'];

function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

function safeHref(url) {
  try {
    const u = new URL(url, window.location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

function link(text, url) {
  const href = safeHref(url);
  if (!href) return el('span', text);
  const a = el('a', text);
  a.href = href;
  a.rel = 'noopener noreferrer';
  a.target = '_blank';
  return a;
}

function storyLink(text, id) {
  const a = el('a', text);
  a.href = `#/stories/${encodeURIComponent(id)}`;
  return a;
}

function statusBadge(status) {
  return el('span', status, `status status-${String(status).toLowerCase()}`);
}

export async function mount(container, params = {}) {
  container.replaceChildren();
  const message = el('p', '', 'meta');
  message.setAttribute('role', 'status');
  try {
    if (params && params.id) {
      await mountStory(container, message, params.id);
    } else {
      await mountList(container, message);
    }
  } catch (err) {
    container.append(message);
    message.textContent = `Could not load stories: ${err.message}`;
  }
}

async function mountList(container, message) {
  const heading = el('h2', 'Stories');
  const data = await api('/api/stories');
  const table = el('table', null, 'stories');
  const head = el('tr');
  for (const h of ['Story', 'Articles', 'Disputed', 'Outlets', 'Latest']) head.append(el('th', h));
  table.append(head);
  for (const s of data.items || []) {
    const tr = el('tr');
    const title = el('td');
    title.append(storyLink(s.title || `Story ${s.id}`, s.id));
    if (s.pinned) title.append(el('span', ' (pinned)', 'meta'));
    tr.append(title, el('td', s.article_count), el('td', s.disputed_count),
      el('td', (s.outlets || []).join(', ')), el('td', s.last_date || ''));
    table.append(tr);
  }
  container.append(heading, message, table);
  if (!(data.items || []).length) message.textContent = 'No stories yet: they appear as articles arrive.';
}

async function mountStory(container, message, id) {
  const story = await api(`/api/stories/${encodeURIComponent(id)}`);
  const back = el('a', '← All stories');
  back.href = '#/stories';
  const heading = el('h2', story.title || `Story ${story.id}`);
  container.append(back, heading, message);
  if (story.merged_into) {
    const p = el('p', 'This story was merged into ');
    p.append(storyLink(`story ${story.merged_into}`, story.merged_into));
    container.append(p);
    return;
  }
  container.append(el('p', `${story.article_count} articles · ${story.first_date || '?'} to ${story.last_date || '?'}`
    + ` · ${story.disputed_count} disputed claim groups`, 'meta'));
  container.append(editorTools(story, message, id, container));
  container.append(timeline(story));
  container.append(claimGroups(story));
}

function editorTools(story, message, id, container) {
  const box = el('details', null, 'editor-tools');
  box.append(el('summary', 'Editor: rename, pin, merge'));
  const rename = el('form');
  const titleInput = el('input');
  titleInput.value = story.title || '';
  titleInput.maxLength = 300;
  titleInput.setAttribute('aria-label', 'Story title');
  rename.append(titleInput, el('button', 'Rename'));
  rename.addEventListener('submit', (e) => {
    e.preventDefault();
    act(message, () => api(`/api/stories/${id}`, { method: 'PATCH', body: { title: titleInput.value } }), container, id);
  });
  const pin = el('button', story.pinned ? 'Unpin' : 'Pin');
  pin.type = 'button';
  pin.addEventListener('click', () => act(message,
    () => api(`/api/stories/${id}`, { method: 'PATCH', body: { pinned: !story.pinned } }), container, id));
  const merge = el('form');
  const into = el('input');
  into.type = 'number';
  into.min = '1';
  into.placeholder = 'story id';
  into.setAttribute('aria-label', 'Merge into story');
  merge.append(el('span', 'Merge this story into '), into, el('button', 'Merge'));
  merge.addEventListener('submit', (e) => {
    e.preventDefault();
    const target = Number(into.value);
    act(message, () => api(`/api/stories/${id}/merge`, { method: 'POST', body: { into: target } }), container, target);
  });
  box.append(rename, pin, merge);
  return box;
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
    message.textContent = err.message;
  }
}

function timeline(story) {
  const section = el('section', null, 'story-timeline');
  section.append(el('h3', 'Timeline by outlet'));
  const byOutlet = new Map();
  for (const a of story.articles || []) {
    if (!byOutlet.has(a.outlet)) byOutlet.set(a.outlet, []);
    byOutlet.get(a.outlet).push(a);
  }
  const table = el('table', null, 'timeline');
  const selected = new Set();
  for (const [outlet, articles] of byOutlet) {
    const tr = el('tr');
    tr.append(el('th', outlet || 'unknown outlet'));
    const td = el('td');
    for (const a of articles) {
      const item = el('div', null, 'timeline-article');
      const box = el('input');
      box.type = 'checkbox';
      box.setAttribute('aria-label', `Select article ${a.article_id} to split`);
      box.addEventListener('change', () => (box.checked ? selected.add(a.article_id) : selected.delete(a.article_id)));
      item.append(box, el('span', `${a.article_date || '?'} `, 'meta'), link(a.title || a.url, a.url));
      if (a.assigned_by === 'editor') item.append(el('span', ' (placed by an editor)', 'meta'));
      td.append(item);
    }
    tr.append(td);
    table.append(tr);
  }
  const split = el('button', 'Split selected articles into a new story');
  split.type = 'button';
  const note = el('span', '', 'meta');
  split.addEventListener('click', async () => {
    if (!selected.size) {
      note.textContent = ' Select articles first.';
      return;
    }
    try {
      const created = await api(`/api/stories/${story.id}/split`, { method: 'POST', body: { article_ids: [...selected] } });
      await show(section.parentElement, created.id);
    } catch (err) {
      note.textContent = ` ${err.message}`;
    }
  });
  section.append(table, split, note);
  return section;
}

function claimGroups(story) {
  const section = el('section', null, 'story-groups');
  section.append(el('h3', 'Claims across outlets'));
  const groups = [...(story.groups || [])]
    .filter((g) => g.status !== 'SINGLE')
    .sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9));
  if (!groups.length) section.append(el('p', 'No claim is reported by more than one article yet.', 'meta'));
  for (const g of groups) {
    const box = el('article', null, `claim-group group-${String(g.status).toLowerCase()}`);
    const title = el('h4', `${g.label} `);
    title.append(statusBadge(g.status));
    box.append(title);
    if (g.kind === 'NUMBER') box.append(chart(g));
    const list = el('ul', null, 'group-values');
    for (const v of g.values || []) {
      const li = el('li');
      li.append(el('strong', `${v.outlet}`), el('span', ` ${v.date || '?'}: `, 'meta'), el('span', v.display || v.stance || ''));
      if (v.source) li.append(el('span', ` (source: ${v.source})`, 'meta'));
      const sentence = el('blockquote', v.text || '', 'sentence');
      sentence.title = `article ${v.article_id}, version ${v.version_id}, characters ${v.start}–${v.end}`;
      const open = link('open article', v.url);
      const anchor = el('a', ' sentence in claimwatch');
      anchor.href = `#/articles/${encodeURIComponent(v.article_id)}`;
      anchor.title = `version ${v.version_id}, characters ${v.start}–${v.end}`;
      li.append(sentence, open, anchor);
      list.append(li);
    }
    box.append(list);
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
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height + 18 * Math.ceil(new Set(values.map((v) => v.outlet)).size / 2)}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${group.label}: value over time by outlet`);
  if (!values.length) return svg;
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
  const line = (x1, y1, x2, y2) => {
    const l = document.createElementNS(SVG, 'line');
    for (const [k, v] of Object.entries({ x1, y1, x2, y2 })) l.setAttribute(k, String(v));
    l.setAttribute('stroke', '#999');
    return l;
  };
  const text = (s, tx, ty, anchor) => {
    const t = document.createElementNS(SVG, 'text');
    t.setAttribute('x', String(tx));
    t.setAttribute('y', String(ty));
    t.setAttribute('font-size', '10');
    if (anchor) t.setAttribute('text-anchor', anchor);
    t.textContent = s;
    return t;
  };
  svg.append(line(pad.left, pad.top, pad.left, height - pad.bottom),
    line(pad.left, height - pad.bottom, width - pad.right, height - pad.bottom));
  svg.append(text(hi.toLocaleString(), pad.left - 4, pad.top + 8, 'end'),
    text(lo.toLocaleString(), pad.left - 4, height - pad.bottom, 'end'));
  if (times.length) {
    svg.append(text(new Date(t0).toISOString().slice(0, 10), pad.left, height - 8, 'start'));
    if (t1 !== t0) svg.append(text(new Date(t1).toISOString().slice(0, 10), width - pad.right, height - 8, 'end'));
  }
  const outlets = [...new Set(values.map((v) => v.outlet))];
  const colour = (o) => MARKS[outlets.indexOf(o) % MARKS.length];
  values.forEach((v, i) => {
    const t = v.date ? Date.parse(v.date) : t0;
    const mark = document.createElementNS(SVG, 'circle');
    mark.setAttribute('cx', String(x(t) + (i % 3) * 3));
    mark.setAttribute('cy', String(y(v.value)));
    mark.setAttribute('r', '4');
    mark.setAttribute('fill', colour(v.outlet));
    const tip = document.createElementNS(SVG, 'title');
    tip.textContent = `${v.outlet}, ${v.date || 'undated'}: ${v.display}`;
    mark.append(tip);
    svg.append(mark);
  });
  outlets.forEach((o, i) => {
    const lx = 8 + (i % 2) * 160;
    const ly = height + 12 + Math.floor(i / 2) * 18;
    const dot = document.createElementNS(SVG, 'circle');
    dot.setAttribute('cx', String(lx));
    dot.setAttribute('cy', String(ly - 3));
    dot.setAttribute('r', '4');
    dot.setAttribute('fill', colour(o));
    svg.append(dot, text(o, lx + 8, ly, 'start'));
  });
  return svg;
}
