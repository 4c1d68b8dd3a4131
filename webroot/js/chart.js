// Small SVG charts drawn with DOM calls (no inline styles; colours come from CSS classes per kind).
import { svg, kindLabel } from './dom.js';
import { KINDS } from './constants.js';

// Stacked bars: claim changes per hour by kind. buckets: [{hour, counts: {KIND: n}, total}], oldest first.
export function hourlyChart(buckets) {
  const width = 480;
  const height = 120;
  const pad = 18;
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const barW = (width - pad) / Math.max(1, buckets.length);
  const total = buckets.reduce((sum, b) => sum + b.total, 0);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img',
    'aria-label': `Claim changes per hour over the last ${buckets.length} hours: ${total} in all` });
  chart.append(svg('title', { text: `Claim changes per hour, last ${buckets.length} hours (${total} in all)` }));
  chart.append(svg('text', { x: 0, y: 10, class: 'axis', text: String(max) }));
  chart.append(svg('line', { x1: pad, y1: height - pad, x2: width, y2: height - pad, class: 'axis-line' }));
  buckets.forEach((b, i) => {
    const x = pad + i * barW;
    let y = height - pad;
    for (const kind of KINDS) {
      const n = (b.counts && b.counts[kind]) || 0;
      if (!n) continue;
      const h = ((height - pad - 12) * n) / max;
      y -= h;
      const rect = svg('rect', { x: x + 1, y, width: Math.max(1, barW - 2), height: h, class: `bar k-${kind}` });
      rect.append(svg('title', { text: `${new Date(b.hour).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}: ${n} ${kindLabel(kind)}` }));
      chart.append(rect);
    }
    if (i % 6 === 0) {
      const label = new Date(b.hour).toLocaleTimeString([], { hour: '2-digit' });
      chart.append(svg('text', { x, y: height - 4, class: 'axis', text: label }));
    }
  });
  return chart;
}

// A sparkline of daily counts (oldest first).
export function sparkline(values, label) {
  const width = 120;
  const height = 28;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : width;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - ((height - 4) * v) / max).toFixed(1)}`);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'sparkline', role: 'img', 'aria-label': label });
  chart.append(svg('title', { text: label }));
  chart.append(svg('polyline', { points: points.join(' '), class: 'spark-line' }));
  return chart;
}
