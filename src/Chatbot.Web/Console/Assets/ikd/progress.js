// @ts-check
import * as K from './ikd.js';
import { h, replace, page } from '../lib/dom.js';
import { api } from '../lib/api.js';
const { app } = K;

const from = h('input#from', { type: 'date', value: K.addDays(K.today(), -29), 'aria-label': 'Dari tanggal' });
const to = h('input#to', { type: 'date', value: K.today(), 'aria-label': 'Sampai tanggal' });
const csv = h('a.button#csv-link', { download: 'capaian-ikd.csv' }, 'Unduh CSV');
const totals = h('section.card#totals');
const areas = h('div.areas#areas', null, h('p.muted', null, 'Memuat…'));
const chart = h('section.card#daily');
replace(
  app,
  h('div.page-head', null, h('h1', null, 'Capaian aktivasi IKD')),
  h(
    'section.card',
    null,
    h(
      'div.range',
      null,
      h('label', null, 'Dari', from),
      h('label', null, 'Sampai', to),
      h('button.secondary', { type: 'button', on: { click: load } }, 'Tampilkan'),
      csv,
    ),
    h(
      'p.hint',
      null,
      'Target dihitung dari total aktivasi sejak awal; sesi, keterisian, tidak hadir dan grafik mengikuti rentang tanggal.',
    ),
  ),
  totals,
  areas,
  chart,
);
from.addEventListener('change', load);
to.addEventListener('change', load);

const range = () => '?from=' + encodeURIComponent(from.value) + '&to=' + encodeURIComponent(to.value);

async function load() {
  csv.href = page.api + '/ikd/progress.csv' + range();
  const r = await api('GET', '/ikd/progress' + range());
  if (!r.ok) {
    replace(areas, h('p.card.error', null, r.error));
    return;
  }
  const data = r.data || {};
  const list = Array.isArray(data.areas) ? data.areas : [];
  renderTotals(list);
  replace(areas, list.length ? list.map(area) : h('p.card.muted', null, 'Belum ada wilayah dengan target.'));
  renderChart(Array.isArray(data.days) ? data.days : []);
  document.body.dataset.ready = 'true';
}

const stat = (label, value, name) => h('div.stat', { data: { stat: name } }, h('span', null, label), h('span', null, value));

function measures(a) {
  const target = Number(a.targetCount) || Math.ceil(((Number(a.wajibKtp) || 0) * (Number(a.targetPercent) || 0)) / 100);
  const activated = Number(a.activatedTotal) || 0;
  const closed = (Number(a.activated) || 0) + (Number(a.failed) || 0) + (Number(a.noShow) || 0);
  return {
    target,
    activated,
    ofTarget: K.ratio(activated, target),
    ofWajib: K.ratio(activated, Number(a.wajibKtp) || 0),
    fill: K.ratio(Number(a.taken) || 0, Number(a.capacity) || 0),
    noShow: K.ratio(Number(a.noShow) || 0, closed),
  };
}

function area(a) {
  const m = measures(a);
  return h(
    'section.card.area',
    { data: { area: a.areaId, activated: m.activated, target: m.target } },
    h('h2', null, a.name || a.areaId),
    h('p.big', null, K.num(m.activated), h('span.muted', null, ' dari target ' + K.num(m.target) + ' aktivasi')),
    K.bar(m.ofTarget, '.big'),
    h(
      'p.hint',
      null,
      K.pct(m.ofTarget) +
        ' dari target · target ' +
        K.pct(Number(a.targetPercent) || 0) +
        ' × ' +
        K.num(a.wajibKtp) +
        ' wajib KTP · ' +
        K.pct(m.ofWajib) +
        ' wajib KTP sudah aktif',
    ),
    stat('Sesi pada rentang', K.num(a.sessions), 'sessions'),
    stat('Keterisian sesi', K.pct(m.fill) + ' (' + K.num(a.taken) + ' / ' + K.num(a.capacity) + ')', 'fill'),
    stat('Aktif', K.num(a.activated), 'activated'),
    stat('Gagal', K.num(a.failed), 'failed'),
    stat('Tidak hadir', K.num(a.noShow) + ' (' + K.pct(m.noShow) + ')', 'noShow'),
  );
}

function renderTotals(list) {
  const sum = (key) => list.reduce((n, a) => n + (Number(a[key]) || 0), 0);
  const m = measures({
    targetCount: list.reduce((n, a) => n + measures(a).target, 0),
    activatedTotal: sum('activatedTotal'),
    wajibKtp: sum('wajibKtp'),
    taken: sum('taken'),
    capacity: sum('capacity'),
    activated: sum('activated'),
    failed: sum('failed'),
    noShow: sum('noShow'),
  });
  replace(
    totals,
    h('h2', null, 'Semua wilayah'),
    h(
      'p.big',
      null,
      K.num(m.activated),
      h('span.muted', null, ' dari target ' + K.num(m.target) + ' (' + K.pct(m.ofTarget) + ')'),
    ),
    K.bar(m.ofTarget, '.big'),
    h(
      'p.hint',
      null,
      'Pada rentang: ' +
        K.num(sum('activated')) +
        ' aktif, ' +
        K.num(sum('failed')) +
        ' gagal, ' +
        K.num(sum('noShow')) +
        ' tidak hadir · keterisian ' +
        K.pct(m.fill) +
        ' · tidak hadir ' +
        K.pct(m.noShow),
    ),
  );
}

// ------------------------------------------------------------------ the daily chart (inline SVG, no library)

const NS = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderChart(days) {
  const byDay = new Map(days.map((d) => [String(d.day).slice(0, 10), d]));
  const points = [];
  for (let d = from.value, guard = 0; d && d <= to.value && guard < 400; d = K.addDays(d, 1), guard++) {
    const x = byDay.get(d) || {};
    points.push({ day: d, a: Number(x.activated) || 0, f: Number(x.failed) || 0, n: Number(x.noShow) || 0 });
  }
  const legend = h(
    'div.legend',
    null,
    h('span', null, h('i.k-a'), 'Aktif'),
    h('span', null, h('i.k-f'), 'Gagal'),
    h('span', null, h('i.k-n'), 'Tidak hadir'),
  );
  if (!points.length) {
    replace(chart, h('h2', null, 'Aktivasi per hari'), h('p.muted', null, 'Pilih rentang tanggal.'));
    return;
  }
  const W = 720,
    H = 240,
    left = 34,
    right = 8,
    top = 12,
    bottom = 30;
  const max = Math.max(1, ...points.map((p) => p.a + p.f + p.n));
  const step = (W - left - right) / points.length;
  const barWidth = Math.max(1, step * 0.7);
  const y = (v) => H - bottom - ((H - top - bottom) * v) / max;
  const root = svg('svg', {
    viewBox: '0 0 ' + W + ' ' + H,
    class: 'chart',
    id: 'ikd-chart',
    role: 'img',
    'aria-label': 'Grafik aktivasi IKD per hari',
  });
  for (const v of [0, Math.ceil(max / 2), max]) {
    root.append(
      svg('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: v ? 'grid' : 'axis' }),
      svg('text', { x: left - 4, y: y(v) + 4, class: 'lbl', 'text-anchor': 'end' }, String(v)),
    );
  }
  const every = Math.ceil(points.length / 10);
  points.forEach((p, i) => {
    const x = left + i * step + (step - barWidth) / 2;
    const g = svg('g', { class: 'day', 'data-day': p.day, 'data-activated': p.a, 'data-failed': p.f, 'data-no-show': p.n });
    g.append(svg('title', null, K.dayLong(p.day) + ': ' + p.a + ' aktif, ' + p.f + ' gagal, ' + p.n + ' tidak hadir'));
    let base = 0;
    for (const [key, cls] of [
      ['a', 'b-a'],
      ['f', 'b-f'],
      ['n', 'b-n'],
    ]) {
      if (!p[key]) continue;
      g.append(
        svg('rect', {
          x: x.toFixed(1),
          y: y(base + p[key]).toFixed(1),
          width: barWidth.toFixed(1),
          height: (y(base) - y(base + p[key])).toFixed(1),
          class: 'bar ' + cls,
          'data-kind': key,
        }),
      );
      base += p[key];
    }
    if (p.a && step > 16)
      g.append(
        svg(
          'text',
          { x: (x + barWidth / 2).toFixed(1), y: (y(base) - 3).toFixed(1), class: 'val', 'text-anchor': 'middle' },
          String(p.a),
        ),
      );
    if (i % every === 0)
      g.append(
        svg(
          'text',
          { x: (x + barWidth / 2).toFixed(1), y: H - bottom + 16, class: 'lbl', 'text-anchor': 'middle' },
          p.day.slice(8) + '/' + p.day.slice(5, 7),
        ),
      );
    root.append(g);
  });
  replace(chart, h('h2', null, 'Aktivasi per hari'), legend, root);
}

load();
