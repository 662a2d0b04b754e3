// @ts-check
// The supervisor's dashboard (/console/dasbor): queues, waiting, SLA breaches, operators, cases per day, ratings, CSV export.
import { h, clear, $, page } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { STATUS_LABEL, duration, isoDate, dayStart, enc, view, table } from './common.js';

/** @typedef {import('openapi').components['schemas']} Schemas */
/**
 * @template T
 * @typedef {import('../lib/api.js').Answer<T>} Answer
 */

/** How a queue is called (its name from /api/queues), set by the console app. */
let queueLabel = (/** @type {string} */ id) => id;

/** @param {(id: string) => string} labelOfQueue */
export function renderDashboard(labelOfQueue) {
  queueLabel = labelOfQueue;
  const v = view();
  const today = new Date();
  const from = h('input', {
    type: 'date',
    id: 'csv-from',
    value: isoDate(new Date(today.getTime() - 29 * 86400000)),
    'aria-label': 'Dari tanggal',
  });
  const to = h('input', { type: 'date', id: 'csv-to', value: isoDate(today), 'aria-label': 'Sampai tanggal' });
  const link = h('a', { class: 'button', id: 'csv-link', download: 'kasus.csv' }, 'Unduh CSV');
  const update = () => {
    link.href = page.api + '/cases.csv?from=' + enc(dayStart(from.value)) + '&to=' + enc(dayStart(to.value, true));
  };
  from.addEventListener('change', update);
  to.addEventListener('change', update);
  update();
  v.append(
    h('h1', null, 'Dasbor supervisor'),
    h('div', { id: 'dash', class: 'dash' }, h('p', { class: 'muted' }, 'Memuat…')),
    h(
      'section',
      { class: 'card' },
      h('h2', null, 'Ekspor kasus (CSV)'),
      h('div', { class: 'inline' }, h('label', null, 'Dari ', from), h('label', null, 'Sampai ', to), link),
    ),
  );
  loadDashboard();
}

export async function loadDashboard() {
  const box = $('#dash');
  if (!box) return;
  /** @type {Answer<Schemas['DashboardView']>} */
  const r = await api('GET', '/dashboard');
  if (!r.ok) {
    clear(box).append(h('p', { class: 'error' }, r.error));
    return;
  }
  const d = r.data;
  clear(box);
  const number = (/** @type {number | string | null | undefined} */ n) =>
    n === null || n === undefined ? '–' : Number(n).toLocaleString('id-ID');

  box.append(
    h(
      'section',
      { class: 'card' },
      h('h2', null, 'Antrean'),
      table(
        ['Antrean', 'Menunggu', 'Tunggu terlama', 'Rata-rata tunggu'],
        d.queues.map((q) => [
          queueLabel(q.queue),
          number(q.waiting),
          duration(q.oldestWaitMinutes),
          duration(q.averageWaitMinutes),
        ]),
        'dash-queues',
      ),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', null, 'Percakapan menunggu petugas'),
      h('p', { class: 'big', id: 'dash-waiting' }, number(d.conversationsWaitingForOperator)),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', null, 'Kasus per status'),
      table(
        ['Status', 'Jumlah'],
        Object.entries(d.casesByStatus).map(([k, n]) => [STATUS_LABEL[k] || k, number(n)]),
        'dash-status',
      ),
    ),
  );

  const breaches = d.slaBreaches === null || d.slaBreaches === undefined ? (d.routingAvailable ? 0 : '–') : Number(d.slaBreaches);
  box.append(
    h(
      'section',
      { class: 'card' },
      h(
        'h2',
        null,
        'Pelanggaran SLA ',
        h('span', { class: 'badge ' + (breaches ? 'st-Ditolak' : 'st-Selesai'), id: 'sla-count' }, String(breaches)),
      ),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', null, 'Petugas'),
      table(
        ['Petugas', 'Kehadiran', 'Beban', 'Tidak menjawab'],
        d.operators.map((o) => [
          o.displayName || o.userName,
          o.presence || '–',
          number(o.load) + ' / ' + number(o.capacity),
          number(o.missedOffers ?? 0),
        ]),
        'dash-operators',
      ),
    ),
  );

  const points = d.casesPerDay.map((p) => ({ day: p.date, count: Number(p.cases) || 0 }));
  const chartCard = h('section', { class: 'card chart-card' }, h('h2', null, 'Kasus per hari'));
  box.append(chartCard);
  if (points.length) drawChart(chartCard, points);
  else chartCard.append(h('p', { class: 'muted' }, 'Belum ada data.'));

  const ratings = Number(d.ratings) || 0;
  box.append(
    h(
      'section',
      { class: 'card' },
      h('h2', null, 'Penilaian warga'),
      h(
        'p',
        { class: 'big', id: 'rating-average' },
        d.averageRating !== null && d.averageRating !== undefined
          ? Number(d.averageRating).toLocaleString('id-ID', { maximumFractionDigits: 2 }) + ' / 5'
          : '–',
        h('span', { class: 'muted' }, ' dari ' + number(ratings) + ' penilaian'),
      ),
    ),
  );
}

/**
 * The cases-per-day chart, drawn at the card's real width (one SVG unit is one CSS pixel, so its text is 12 px on a
 * laptop and on a phone alike), drawn again when the width changes.
 * @param {HTMLElement} card
 * @param {{ day: string, count: number }[]} points
 */
function drawChart(card, points) {
  let width = 0;
  const draw = () => {
    const now = Math.max(280, Math.floor(card.clientWidth - 2 * 16));
    if (now === width) return;
    width = now;
    const old = $('#cases-chart', card);
    if (old) old.remove();
    card.append(barChart(points, width));
  };
  draw();
  const resized = new ResizeObserver(() => (card.isConnected ? draw() : resized.disconnect()));
  resized.observe(card);
}

const dayMonth = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * A bar chart in inline SVG (no library, no download): a bar per day with its count above it when there is room,
 * the day under every bar that has room for its label, a scale on the left.
 * @param {{ day: string, count: number }[]} points
 * @param {number} W the width in CSS pixels
 */
function barChart(points, W) {
  const NS = 'http://www.w3.org/2000/svg';
  /**
   * @param {string} tag
   * @param {Record<string, string | number>} [attrs]
   * @param {string} [text]
   */
  const s = (tag, attrs, text) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const H = 240,
    left = 36,
    right = 8,
    top = 18,
    bottom = 28;
  const max = Math.max(1, ...points.map((p) => p.count));
  const step = (W - left - right) / points.length;
  const bw = Math.max(2, step * 0.7);
  const y = (/** @type {number} */ v) => H - bottom - ((H - top - bottom) * v) / max;
  const svg = s('svg', {
    viewBox: '0 0 ' + W + ' ' + H,
    width: W,
    height: H,
    class: 'chart',
    role: 'img',
    'aria-label': 'Grafik kasus per hari',
    id: 'cases-chart',
  });
  for (const v of new Set([0, Math.round(max / 2), max])) {
    svg.append(
      s('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: v ? 'grid' : 'axis' }),
      s('text', { x: left - 6, y: y(v) + 4, class: 'lbl', 'text-anchor': 'end' }, String(v)),
    );
  }
  const labelEvery = Math.max(1, Math.ceil(52 / step));
  points.forEach((p, i) => {
    const x = left + i * step + (step - bw) / 2;
    const label = dayMonth.format(new Date(p.day + 'T00:00:00Z'));
    const rect = s('rect', {
      x: x.toFixed(1),
      y: y(p.count).toFixed(1),
      width: bw.toFixed(1),
      height: (y(0) - y(p.count)).toFixed(1),
      class: 'bar',
      'data-count': p.count,
      'data-day': p.day,
    });
    rect.append(s('title', undefined, label + ': ' + p.count + ' kasus'));
    svg.append(rect);
    if (p.count > 0 && step >= 22) {
      svg.append(
        s(
          'text',
          { x: (x + bw / 2).toFixed(1), y: (y(p.count) - 4).toFixed(1), class: 'val', 'text-anchor': 'middle' },
          String(p.count),
        ),
      );
    }
    if ((points.length - 1 - i) % labelEvery === 0) {
      svg.append(s('text', { x: (x + bw / 2).toFixed(1), y: H - bottom + 18, class: 'lbl', 'text-anchor': 'middle' }, label));
    }
  });
  return svg;
}
