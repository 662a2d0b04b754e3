// The console app (cases and conversations, dashboard, audit, accounts): a small single-page app over the operator
// REST API (/api) and its event stream.

import { h, add, clear, $, $$, toast, page } from '../shared/dom.js';
import { api, whoAmI } from '../shared/api.js';

const body = document.body;
const API = page.api;
const ROOT = page.root;
const ME = (await whoAmI()) || { userName: '', displayName: '', isSupervisor: false, isAdmin: false };
const IS_SUPERVISOR = ME.isSupervisor;
const IS_ADMIN = ME.isAdmin;

const STATUS = ['Baru', 'Diproses', 'Dicetak', 'DikirimPos', 'SiapDiambil', 'Selesai', 'Ditolak', 'Dibatalkan'];
const STATUS_LABEL = {
  Baru: 'Baru',
  Diproses: 'Diproses',
  Dicetak: 'Dicetak',
  DikirimPos: 'Dikirim via Pos',
  SiapDiambil: 'Siap diambil',
  Selesai: 'Selesai',
  Ditolak: 'Ditolak',
  Dibatalkan: 'Dibatalkan',
};
const OPEN = ['Baru', 'Diproses', 'Dicetak', 'DikirimPos', 'SiapDiambil'];
const SPEAKER = ['Citizen', 'Bot', 'Operator', 'System'];
const SPEAKER_LABEL = { Citizen: 'Warga', Bot: 'Bot', Operator: 'Petugas', System: 'Sistem', Note: 'Catatan internal' };
const DELIVERY = ['Pending', 'Queued', 'Sending', 'Sent', 'Delivered', 'Read', 'Undelivered', 'Failed'];
const MODE = ['Bot', 'Queued', 'WithOperator', 'Closed'];
const PRESENCE = ['Offline', 'Tersedia', 'Istirahat'];
const ROLES = ['Operator', 'Supervisor', 'Admin', 'Coordinator'];
const ROLE_LABEL = { Operator: 'Petugas', Supervisor: 'Supervisor', Admin: 'Admin', Coordinator: 'Koordinator instansi' };
const AUDIT_LABEL = {
  'account.signIn': 'Masuk',
  'account.created': 'Akun dibuat',
  'account.deactivated': 'Akun dinonaktifkan',
  'case.status': 'Status kasus',
  'case.note': 'Catatan kasus',
  'case.nikRevealed': 'NIK ditampilkan',
  'conversation.takeOver': 'Ambil alih',
  'conversation.reply': 'Balasan',
  'conversation.template': 'Templat dikirim',
  'conversation.handBack': 'Diserahkan ke bot',
  'conversation.transfer': 'Dialihkan',
  'conversation.note': 'Catatan percakapan',
};
const FIELD_LABEL = {
  kecamatan: 'Kecamatan',
  recordedOn: 'Tanggal perekaman',
  recordingDate: 'Tanggal perekaman',
  delivery: 'Pengambilan',
  'delivery.recipient': 'Penerima',
  'delivery.address': 'Alamat',
  'delivery.kelurahan': 'Kelurahan',
  'delivery.kecamatan': 'Kecamatan (kirim)',
  'delivery.postalCode': 'Kode pos',
  'delivery.phone': 'Telepon penerima',
  'delivery.office': 'Kantor pengambilan',
  'delivery.chosenAt': 'Dipilih pada',
  rating: 'Penilaian',
  ratedAt: 'Dinilai pada',
};

// ---------------------------------------------------------------------------------------------- small helpers

/** The first present field among names: the API's JSON is camelCase, but be lenient. */
function f(o, ...names) {
  if (!o || typeof o !== 'object') return undefined;
  for (const n of names) if (o[n] !== undefined && o[n] !== null) return o[n];
  return undefined;
}

function enumName(v, names) {
  if (typeof v === 'number') return names[v] !== undefined ? names[v] : String(v);
  return v === undefined || v === null ? '' : String(v);
}

function list(data, ...names) {
  if (Array.isArray(data)) return data;
  const inner = f(data, ...names, 'items', 'data', 'results');
  return Array.isArray(inner) ? inner : [];
}

const idFmt = (opts) => new Intl.DateTimeFormat('id-ID', opts);
const dateTimeFmt = idFmt({ day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit' });
const fullFmt = idFmt({ day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
const timeFmt = idFmt({ hour: '2-digit', minute: '2-digit' });

function when(v, fmt) {
  if (!v) return '';
  const d = new Date(v);
  return isNaN(d) ? String(v) : (fmt || dateTimeFmt).format(d);
}

/** Seconds, or a .NET TimeSpan string ("1.02:03:04"), as "1 h 2 j" / "5 m". */
function duration(v) {
  if (v === undefined || v === null || v === '') return '–';
  let s = v;
  if (typeof v === 'string') {
    const m = /^(?:(\d+)\.)?(\d+):(\d+):(\d+)/.exec(v);
    s = m ? +(m[1] || 0) * 86400 + +m[2] * 3600 + +m[3] * 60 + +m[4] : Number(v);
  }
  if (!isFinite(s)) return String(v);
  s = Math.max(0, Math.round(s));
  const d = Math.floor(s / 86400),
    hh = Math.floor((s % 86400) / 3600),
    mm = Math.floor((s % 3600) / 60);
  if (d) return d + ' h ' + hh + ' j';
  if (hh) return hh + ' j ' + mm + ' m';
  if (mm) return mm + ' m';
  return s + ' d';
}

function isoDate(d) {
  const p = (n) => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate());
}

/** A day picked in a date input as the instant its local day starts (or, with next, the next day starts). */
function dayStart(value, next) {
  const d = new Date(value + 'T00:00:00');
  if (isNaN(d)) return '';
  if (next) d.setDate(d.getDate() + 1);
  return d.toISOString();
}

function statusName(v) {
  return enumName(v, STATUS);
}
function statusBadge(v) {
  const s = statusName(v);
  return h('span', { class: 'badge st-' + s, data: { status: s } }, STATUS_LABEL[s] || s);
}

/** Snapshot the values (and focus) of [data-keep] fields in a container, re-render it, then put them back. */
function keepInputs(container, render) {
  const saved = new Map();
  let focused = null;
  for (const el of $$('[data-keep]', container)) {
    saved.set(el.dataset.keep, el.type === 'checkbox' ? el.checked : el.value);
    if (el === document.activeElement) focused = el.dataset.keep;
  }
  S.kept = saved;
  render();
  for (const el of $$('[data-keep]', container)) {
    if (!saved.has(el.dataset.keep)) continue;
    const v = saved.get(el.dataset.keep);
    if (el.type === 'checkbox') el.checked = v;
    else el.value = v;
    if (el.tagName === 'SELECT') el.dataset.restore = v;
    if (focused === el.dataset.keep) el.focus();
  }
}

// ---------------------------------------------------------------------------------------------- the API

/** An action button: disabled while running; the server's refusal is shown, never swallowed. */
async function act(button, run, okText) {
  if (button) button.disabled = true;
  try {
    const r = await run();
    if (r && !r.ok) toast(r.error, 'error');
    else if (okText) toast(okText, 'ok');
    return r;
  } finally {
    if (button && button.isConnected) button.disabled = false;
  }
}

const enc = encodeURIComponent;

function mediaHref(url) {
  if (!url) return null;
  if (url.startsWith('/api/')) return API + url.slice(4);
  if (url.startsWith(API + '/')) return url;
  return API + '/media?url=' + enc(url);
}

// ---------------------------------------------------------------------------------------------- sound and notice

let audio = null;
function unlockAudio() {
  try {
    const Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) return;
    if (!audio) audio = new Ctx();
    if (audio.state === 'suspended') audio.resume();
  } catch {
    /* no sound on this device */
  }
}
document.addEventListener('pointerdown', unlockAudio, { once: false, passive: true });
document.addEventListener('keydown', unlockAudio, { once: false, passive: true });

/** Two short tones (Web Audio: no sound file to download). */
function beep() {
  S.beeps++;
  body.dataset.beeps = String(S.beeps);
  unlockAudio();
  if (!audio) return;
  const t0 = audio.currentTime + 0.02;
  [0, 0.28].forEach((offset, i) => {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = 'sine';
    osc.frequency.value = i === 0 ? 880 : 1175;
    gain.gain.setValueAtTime(0.0001, t0 + offset);
    gain.gain.exponentialRampToValueAtTime(0.35, t0 + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + offset + 0.22);
    osc.connect(gain).connect(audio.destination);
    osc.start(t0 + offset);
    osc.stop(t0 + offset + 0.25);
  });
  if (navigator.vibrate) navigator.vibrate([200, 100, 200]);
}

let titleTimer = null;
function flashTitle(on) {
  const base = 'Konsol petugas - Layanan Adminduk';
  clearInterval(titleTimer);
  document.title = base;
  if (!on) return;
  let odd = false;
  titleTimer = setInterval(() => {
    odd = !odd;
    document.title = odd ? '🔔 Tawaran kasus baru' : base;
  }, 1000);
}

// ---------------------------------------------------------------------------------------------- state

const S = {
  page: body.dataset.page || 'home',
  me: null,
  presence: 'Offline',
  queues: [],
  cases: [],
  filters: { queue: '', status: 'open' },
  open: null, // { code, conversationId }
  caseData: null,
  conv: null,
  templates: null,
  canned: null,
  offer: null,
  offerSeen: new Set(),
  beeps: 0,
  live: false,
  kept: null,
};

// ---------------------------------------------------------------------------------------------- routing

function parseLocation() {
  const path = location.pathname.replace(/\/+$/, '');
  const rest = path.startsWith(ROOT) ? path.slice(ROOT.length) : path;
  const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'kasus' && parts[1]) return { page: 'home', code: parts[1] };
  if (parts[0] === 'percakapan' && parts[1]) return { page: 'home', conversationId: parts[1] };
  if (parts[0] === 'dasbor') return { page: 'dashboard' };
  if (parts[0] === 'audit') return { page: 'audit' };
  if (parts[0] === 'akun') return { page: 'accounts' };
  return { page: 'home' };
}

function go(url) {
  history.pushState(null, '', url);
  route();
}

function route() {
  const r = parseLocation();
  if ((r.page === 'dashboard' || r.page === 'audit') && !IS_SUPERVISOR) r.page = 'forbidden';
  if (r.page === 'accounts' && !IS_ADMIN) r.page = 'forbidden';
  const pageChanged = S.page !== r.page || !$('#view');
  S.page = r.page;
  body.dataset.page = r.page;
  for (const a of $$('#nav a')) a.classList.toggle('active', a.dataset.page === r.page);
  if (r.page === 'home') {
    if (pageChanged || !$('#home')) renderHome();
    if (r.code || r.conversationId) openItem({ code: r.code, conversationId: r.conversationId });
    else closeItem(false);
  } else if (r.page === 'dashboard') renderDashboard();
  else if (r.page === 'audit') renderAudit();
  else if (r.page === 'accounts') renderAccounts();
  else renderForbidden();
}

document.addEventListener('click', (e) => {
  const a = e.target.closest && e.target.closest('a[data-nav]');
  if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  go(a.getAttribute('href'));
});
window.addEventListener('popstate', route);

function view() {
  const app = $('#app');
  clear(app);
  const v = h('div', { id: 'view' });
  app.append(v);
  return v;
}

function renderForbidden() {
  const v = view();
  v.append(
    h(
      'section',
      { class: 'card' },
      h('h1', null, 'Akses ditolak'),
      h('p', null, 'Halaman ini hanya untuk supervisor atau admin.'),
      h('a', { href: ROOT, 'data-nav': '' }, 'Kembali ke beranda'),
    ),
  );
}

// ---------------------------------------------------------------------------------------------- presence and queues

async function loadMe() {
  const r = await api('GET', '/me');
  if (!r.ok || !r.data) return;
  S.me = r.data;
  const p = f(r.data, 'presence', 'status');
  const presence = p && typeof p === 'object' ? f(p, 'presence', 'value') : p;
  if (presence !== undefined) S.presence = enumName(presence, PRESENCE);
  renderPresence();
}

function renderPresence() {
  const box = $('#presence');
  if (!box) return;
  clear(box);
  const group = h('div', { class: 'presence', role: 'radiogroup', 'aria-label': 'Kehadiran' });
  for (const p of ['Tersedia', 'Istirahat', 'Offline']) {
    const b = h(
      'button',
      {
        type: 'button',
        class: 'pr pr-' + p + (S.presence === p ? ' on' : ''),
        role: 'radio',
        'aria-checked': S.presence === p ? 'true' : 'false',
        data: { presence: p },
      },
      p,
    );
    b.addEventListener('click', () =>
      act(
        b,
        async () => {
          const r = await api('PUT', '/me/presence', { presence: p });
          if (r.ok) {
            S.presence = p;
            renderPresence();
            loadOffer(false);
          }
          return r;
        },
        'Kehadiran: ' + p,
      ),
    );
    group.append(b);
  }
  box.append(group);
}

async function loadQueues() {
  const r = await api('GET', '/queues');
  if (!r.ok) return;
  S.queues = list(r.data, 'queues');
  renderQueues();
}

function queueId(q) {
  return String(f(q, 'id', 'queue', 'name') || '');
}
function queueName(q) {
  return String(f(q, 'name', 'label', 'title', 'id', 'queue') || '');
}
function queueCount(q) {
  return Number(f(q, 'waiting', 'count', 'length', 'size', 'waitingCount') || 0);
}
function queueLabel(id) {
  const q = S.queues.find((x) => queueId(x) === id);
  return q ? queueName(q) : id;
}

function renderQueues() {
  const box = $('#queues');
  if (box) {
    clear(box);
    if (!S.queues.length) box.append(h('p', { class: 'muted' }, 'Tidak ada antrean untuk Anda.'));
    for (const q of S.queues) {
      const id = queueId(q);
      const pull = h('button', { type: 'button', class: 'small', data: { pull: id } }, 'Ambil berikutnya');
      pull.addEventListener('click', () =>
        act(
          pull,
          async () => {
            const r = await api('POST', '/queues/' + enc(id) + '/pull');
            if (r.status === 404 || (r.ok && claimStatus(r) === 'Empty')) {
              toast('Tidak ada yang menunggu di antrean ini.', 'info');
              return { ok: true };
            }
            return claimed(r, null);
          },
          'Diambil; percakapan kini Anda pegang, bot berhenti menjawab.',
        ),
      );
      box.append(
        h(
          'div',
          { class: 'queue', data: { queue: id } },
          h('span', { class: 'qname' }, queueName(q)),
          h('span', { class: 'qcount', title: 'menunggu' }, String(queueCount(q))),
          pull,
        ),
      );
    }
    const sel = $('#f-queue');
    if (sel) {
      keepInputs(sel.parentElement, () => {
        clear(sel);
        sel.append(h('option', { value: '' }, 'Semua antrean saya'));
        for (const q of S.queues) sel.append(h('option', { value: queueId(q) }, queueName(q)));
      });
      sel.value = S.filters.queue;
    }
  }
  const total = S.queues.reduce((n, q) => n + queueCount(q), 0);
  const count = $('.waiting .count');
  if (count && S.queues.length) count.textContent = total.toLocaleString('id-ID');
}

// ---------------------------------------------------------------------------------------------- offers

async function loadOffer(quiet) {
  const r = await api('GET', '/offers');
  if (!r.ok) return;
  let offer = r.data;
  if (Array.isArray(offer)) offer = offer[0] || null;
  else if (offer && f(offer, 'offer') !== undefined) offer = f(offer, 'offer');
  showOffer(offer || null, quiet);
}

function offerId(o) {
  return String(f(o, 'offerId', 'id') || '');
}
function offerItem(o) {
  const item = f(o, 'item', 'workItem');
  let code = f(o, 'caseCode', 'code');
  let conversationId = f(o, 'conversationId');
  if (item && typeof item === 'object') {
    const kind = enumName(f(item, 'kind'), ['Case', 'Conversation']);
    const id = f(item, 'id');
    if (/case/i.test(kind)) code = code || id;
    else conversationId = conversationId || id;
  } else if (typeof item === 'string') {
    if (item.startsWith('case:')) code = code || item.slice(5);
    if (item.startsWith('conv:')) conversationId = conversationId || item.slice(5);
  }
  return { code, conversationId };
}

function showOffer(offer) {
  const box = $('#offer');
  S.offer = offer;
  clear(box);
  clearInterval(showOffer.timer);
  if (!offer || !offerId(offer)) {
    box.hidden = true;
    flashTitle(false);
    return;
  }
  const id = offerId(offer);
  const item = offerItem(offer);
  const deadline = f(offer, 'deadline', 'expiresAt', 'expires');
  const countdown = h('span', { class: 'countdown' });
  const tick = () => {
    if (!deadline) return;
    const left = Math.round((new Date(deadline) - Date.now()) / 1000);
    countdown.textContent = left > 0 ? ' · sisa ' + left + ' detik' : ' · waktu habis';
    if (left <= -2) loadOffer(true);
  };
  tick();
  showOffer.timer = setInterval(tick, 1000);
  const accept = h('button', { type: 'button', class: 'accept', data: { action: 'accept-offer' } }, 'Terima');
  const decline = h('button', { type: 'button', class: 'secondary decline', data: { action: 'decline-offer' } }, 'Tolak');
  accept.addEventListener('click', () =>
    act(
      accept,
      async () => {
        const r = await api('POST', '/offers/' + enc(id) + '/accept');
        // Taken (the conversation is now this operator's) or not (ran out, or another operator holds the conversation):
        // either way the offer is gone.
        if (r.ok || r.status === 409) showOffer(null);
        return claimed(r, item);
      },
      'Tawaran diterima; percakapan kini Anda pegang, bot berhenti menjawab.',
    ),
  );
  decline.addEventListener('click', () =>
    act(
      decline,
      async () => {
        const r = await api('POST', '/offers/' + enc(id) + '/decline');
        if (r.ok) showOffer(null);
        return r;
      },
      'Tawaran ditolak; kasus ditawarkan ke petugas lain.',
    ),
  );
  const what = item.code ? 'Kasus ' + item.code : 'Percakapan warga';
  const queue = f(offer, 'queue');
  box.append(
    h(
      'div',
      { class: 'offer-text' },
      h('strong', null, '🔔 Tawaran baru: '),
      what,
      queue ? ' (antrean ' + queueLabel(String(queue)) + ')' : '',
      countdown,
    ),
    h('div', { class: 'offer-actions' }, accept, decline),
  );
  box.dataset.offer = id;
  box.hidden = false;
  if (!S.offerSeen.has(id)) {
    S.offerSeen.add(id);
    beep();
    flashTitle(true);
  }
}

function claimStatus(r) {
  return String(f(r.data || {}, 'status') || '');
}

/**
 * The answer to accept or pull: when the item is this operator's (and so its conversation), its case or conversation
 * opens; a 200 with another status is a refusal too (the offer ran out, the queue is empty…).
 */
function claimed(r, fallback) {
  if (!r.ok) {
    refreshSoon({});
    return r;
  }
  const status = claimStatus(r);
  if (status && status !== 'Claimed') {
    loadOffer(true);
    return { ok: false, error: CLAIM_REFUSAL[status] || 'Tidak dapat diambil (' + status + ').' };
  }
  const kind = String(f(r.data || {}, 'kind') || '');
  const id = f(r.data || {}, 'id');
  openFromItem(id ? (/case/i.test(kind) ? { code: id } : { conversationId: id }) : fallback || {});
  refreshSoon({});
  return r;
}

const CLAIM_REFUSAL = {
  Expired: 'Waktu tawaran sudah habis; ditawarkan ke petugas lain.',
  Missing: 'Tawaran ini sudah tidak berlaku.',
  Taken: 'Sudah diambil petugas lain.',
  Full: 'Kapasitas Anda sudah penuh.',
  Unavailable: 'Pasang status Tersedia dulu.',
  NoOperator: 'Pasang status Tersedia dulu.',
  NoSkill: 'Antrean ini bukan keahlian Anda.',
};

function openFromItem(data) {
  const it = data && (data.code || data.conversationId) ? data : offerItem(data || {});
  if (it.code) go(ROOT + '/kasus/' + enc(it.code));
  else if (it.conversationId) go(ROOT + '/percakapan/' + enc(it.conversationId));
}

// ---------------------------------------------------------------------------------------------- home: list + detail

function renderHome() {
  const v = view();
  const statusSel = h(
    'select',
    { id: 'f-status', 'aria-label': 'Status' },
    h('option', { value: 'open' }, 'Semua yang terbuka'),
    h('option', { value: '' }, 'Semua status'),
    STATUS.map((s) => h('option', { value: s }, STATUS_LABEL[s])),
  );
  statusSel.value = S.filters.status;
  const queueSel = h('select', { id: 'f-queue', 'aria-label': 'Antrean' }, h('option', { value: '' }, 'Semua antrean saya'));
  statusSel.addEventListener('change', () => {
    S.filters.status = statusSel.value;
    loadCases();
  });
  queueSel.addEventListener('change', () => {
    S.filters.queue = queueSel.value;
    loadCases();
  });
  const home = h(
    'div',
    { id: 'home', class: 'home' },
    h(
      'section',
      { class: 'side' },
      h(
        'section',
        { class: 'card' },
        h('h2', null, 'Antrean saya'),
        h('div', { id: 'queues' }, h('p', { class: 'muted' }, 'Memuat…')),
      ),
      h(
        'section',
        { class: 'card' },
        h('h2', null, 'Kasus'),
        h('div', { class: 'filters' }, queueSel, statusSel),
        h('ul', { id: 'case-list', class: 'case-list', 'aria-live': 'polite' }, h('li', { class: 'muted' }, 'Memuat…')),
      ),
    ),
    h(
      'section',
      { id: 'detail', class: 'detail' },
      h('div', { class: 'card empty' }, h('p', { class: 'muted' }, 'Pilih kasus dari daftar, atau terima tawaran yang masuk.')),
    ),
  );
  v.append(home);
  renderQueues();
  loadCases();
}

async function loadCases() {
  const q = new URLSearchParams();
  if (S.filters.queue) q.set('queue', S.filters.queue);
  if (S.filters.status && S.filters.status !== 'open') q.set('status', S.filters.status);
  const r = await api('GET', '/cases' + (q.toString() ? '?' + q : ''));
  const ul = $('#case-list');
  if (!ul) return;
  if (!r.ok) {
    clear(ul).append(h('li', { class: 'error' }, r.error));
    return;
  }
  let cases = list(r.data, 'cases');
  if (S.filters.status === 'open') cases = cases.filter((c) => OPEN.includes(statusName(f(c, 'status'))));
  S.cases = cases;
  renderCaseList();
}

function caseCode(c) {
  return String(f(c, 'code', 'caseCode') || '');
}

function renderCaseList() {
  const ul = $('#case-list');
  if (!ul) return;
  clear(ul);
  if (!S.cases.length) ul.append(h('li', { class: 'muted' }, 'Tidak ada kasus.'));
  for (const c of S.cases) {
    const code = caseCode(c);
    const selected = S.open && S.open.code === code;
    const operator = f(c, 'operator', 'assignee', 'assignedTo');
    const li = h(
      'li',
      null,
      h(
        'a',
        {
          href: ROOT + '/kasus/' + enc(code),
          'data-nav': '',
          class: 'case-item' + (selected ? ' selected' : ''),
          data: { code },
          'aria-current': selected ? 'true' : null,
        },
        h(
          'span',
          { class: 'row1' },
          h('span', { class: 'code' }, code),
          statusBadge(f(c, 'status')),
          Number(f(c, 'priority') || 0) > 0 ? h('span', { class: 'badge prio', title: 'Prioritas' }, '★') : null,
        ),
        h('span', { class: 'name' }, String(f(c, 'fullName', 'name') || '')),
        h(
          'span',
          { class: 'meta' },
          queueLabel(String(f(c, 'queue') || '')),
          ' · ',
          when(f(c, 'createdAt', 'created')),
          operator ? ' · ' + operator : '',
        ),
      ),
    );
    ul.append(li);
  }
}

function closeItem(push) {
  S.open = null;
  S.caseData = null;
  S.conv = null;
  $('#home') && $('#home').classList.remove('show-detail');
  const d = $('#detail');
  if (d)
    clear(d).append(
      h('div', { class: 'card empty' }, h('p', { class: 'muted' }, 'Pilih kasus dari daftar, atau terima tawaran yang masuk.')),
    );
  renderCaseList();
  if (push) go(ROOT);
}

async function openItem(item) {
  S.open = { code: item.code || null, conversationId: item.conversationId || null };
  S.caseData = null;
  S.conv = null;
  $('#home').classList.add('show-detail');
  const d = clear($('#detail'));
  const back = h('button', { type: 'button', class: 'secondary back' }, '← Daftar kasus');
  back.addEventListener('click', () => closeItem(true));
  d.append(back, h('div', { id: 'case-card' }), h('div', { id: 'conv-card' }));
  renderCaseList();
  await refreshOpen(true);
  window.scrollTo(0, 0);
}

async function refreshOpen(first) {
  const open = S.open;
  if (!open) return;
  if (open.code) {
    const r = await api('GET', '/cases/' + enc(open.code));
    if (S.open !== open) return;
    if (!r.ok) {
      clear($('#case-card')).append(
        h(
          'div',
          { class: 'card error', role: 'alert' },
          r.status === 403 ? 'Anda tidak berwenang membuka kasus ini (antrean lain).' : r.error,
        ),
      );
      if (first) clear($('#conv-card'));
      return;
    }
    S.caseData = r.data;
    const c = caseOf(r.data);
    const conv = f(r.data, 'conversationId') || f(c, 'conversationId', 'conversation', 'requesterPhone');
    open.conversationId = typeof conv === 'object' ? f(conv, 'id', 'conversationId') : conv;
    renderCase();
  } else {
    clear($('#case-card'));
  }
  if (open.conversationId) await loadConversation();
}

function caseOf(data) {
  return f(data, 'case') && typeof f(data, 'case') === 'object' ? f(data, 'case') : data;
}

// -------------------------------------------------------------------------- the case card

function renderCase() {
  const card = $('#case-card');
  if (!card || !S.caseData) return;
  keepInputs(card, () => {
    clear(card);
    card.append(caseCard(S.caseData));
  });
}

function caseCard(data) {
  const c = caseOf(data);
  const code = caseCode(c);
  const status = statusName(f(c, 'status'));
  const fields = f(c, 'fields') || {};
  const nikMasked = String(f(c, 'maskedNik', 'nikMasked', 'nik', 'subjectNik') || '');
  const nikSpan = h(
    'span',
    { class: 'nik', data: { nik: 'masked' } },
    nikMasked.length === 16 && !/\*/.test(nikMasked) ? nikMasked.slice(0, 4) + '**********' + nikMasked.slice(14) : nikMasked,
  );
  const reveal = h('button', { type: 'button', class: 'small secondary', data: { action: 'reveal-nik' } }, 'Tampilkan NIK');
  reveal.addEventListener('click', () =>
    act(
      reveal,
      async () => {
        const r = await api('POST', '/cases/' + enc(code) + '/reveal-nik');
        if (r.ok) {
          const nik = typeof r.data === 'string' ? r.data : f(r.data, 'nik', 'subjectNik', 'value');
          nikSpan.textContent = String(nik || '');
          nikSpan.dataset.nik = 'shown';
          reveal.hidden = true;
          setTimeout(() => {
            if (nikSpan.isConnected) {
              nikSpan.textContent = nikMasked;
              nikSpan.dataset.nik = 'masked';
              reveal.hidden = false;
            }
          }, 60000);
        }
        return r;
      },
      'NIK ditampilkan (tercatat di log audit).',
    ),
  );

  const dl = h('dl', { class: 'facts' });
  const fact = (k, ...v) => dl.append(h('dt', null, k), h('dd', null, ...v));
  fact('Nama', String(f(c, 'fullName', 'name') || ''));
  fact('NIK', nikSpan, ' ', reveal);
  fact('Layanan', String(f(c, 'serviceName', 'service') || ''));
  fact('Antrean', queueLabel(String(f(c, 'queue') || '')));
  fact('Dibuat', when(f(c, 'createdAt'), fullFmt));
  const phone = f(c, 'maskedPhone', 'requesterPhoneMasked', 'requester', 'requesterPhone');
  if (phone) fact('WhatsApp', String(phone));
  const tracking = f(c, 'trackingNumber');
  if (tracking) fact('No. resi Pos', String(tracking));
  const operator = f(c, 'operator', 'assignee');
  if (operator) fact('Petugas', String(operator));
  for (const [k, v] of Object.entries(fields)) {
    if (v === null || v === undefined || v === '' || k === 'fullName' || k === 'nik') continue;
    let shown = String(v);
    if (k === 'delivery') shown = v === 'pos' ? 'Dikirim via Pos (Rp14.000)' : v === 'kantor' ? 'Diambil di kantor' : shown;
    if (k === 'rating') shown = '★'.repeat(Math.max(0, Math.min(5, Number(v) || 0))) + ' (' + v + '/5)';
    fact(FIELD_LABEL[k] || k, shown);
  }

  const attachments = list(f(c, 'attachments') || []);
  const media = attachments.length ? h('div', { class: 'media-list' }, attachments.map(mediaView)) : null;

  const history = list(f(c, 'history') || []);
  const hist = h(
    'ol',
    { class: 'history' },
    history.map((e) =>
      h(
        'li',
        null,
        statusBadge(f(e, 'status', 'to')),
        ' ',
        when(f(e, 'at'), fullFmt),
        ' · ',
        String(f(e, 'by', 'actor') || ''),
        f(e, 'note') ? ' — ' + f(e, 'note') : '',
      ),
    ),
  );

  const notes = list(f(data, 'notes') || f(c, 'notes') || []);
  const noteList = h(
    'ul',
    { class: 'notes' },
    notes.map((n) =>
      h(
        'li',
        null,
        h('span', { class: 'meta' }, String(f(n, 'author', 'by') || ''), ' · ', when(f(n, 'at'))),
        h('p', { class: 'text' }, String(f(n, 'text') || '')),
      ),
    ),
  );
  const noteText = h('textarea', {
    rows: 2,
    placeholder: 'Catatan internal kasus (tidak dikirim ke warga)',
    'data-keep': 'case-note',
    maxlength: 2000,
  });
  const noteBtn = h('button', { type: 'button', class: 'small secondary', data: { action: 'case-note' } }, 'Simpan catatan');
  noteBtn.addEventListener('click', () => {
    const text = noteText.value.trim();
    if (!text) return;
    act(
      noteBtn,
      async () => {
        const r = await api('POST', '/cases/' + enc(code) + '/notes', { text });
        if (r.ok) {
          noteText.value = '';
          refreshSoon({ caseCode: code });
        }
        return r;
      },
      'Catatan disimpan.',
    );
  });

  return h(
    'section',
    { class: 'card case', data: { code, status } },
    h('div', { class: 'card-head' }, h('h2', null, 'Kasus ', h('span', { class: 'code' }, code)), statusBadge(status)),
    dl,
    media,
    statusActions(c, code, status),
    h('details', { class: 'sub' }, h('summary', null, 'Riwayat status (' + history.length + ')'), hist),
    h(
      'details',
      { class: 'sub', open: notes.length > 0 },
      h('summary', null, 'Catatan internal (' + notes.length + ')'),
      noteList,
      h('div', { class: 'inline' }, noteText, noteBtn),
    ),
  );
}

function statusActions(c, code, status) {
  const box = h('div', { class: 'actions status-actions' });
  const fields = f(c, 'fields') || {};
  const move = (button, payload, okText) =>
    act(
      button,
      async () => {
        const r = await api('POST', '/cases/' + enc(code) + '/status', payload);
        if (r.ok) {
          const notice = r.data && f(r.data, 'message', 'warning');
          if (r.data && f(r.data, 'noticeFailed'))
            toast('Status berubah, tetapi pesan ke warga belum terkirim. ' + (notice || ''), 'error');
          S.caseData = r.data && f(r.data, 'code', 'case') ? r.data : S.caseData;
        }
        refreshSoon({ caseCode: code });
        return r;
      },
      okText,
    );
  const next = f(c, 'nextStatuses');
  const button = (label, to, cls) =>
    h(
      'button',
      { type: 'button', class: cls || '', data: { action: 'status-' + to }, hidden: Array.isArray(next) && !next.includes(to) },
      label,
    );

  if (status === 'Baru') {
    const b = button('Mulai proses', 'Diproses');
    b.addEventListener('click', () => move(b, { status: 'Diproses' }, 'Kasus diproses.'));
    box.append(b);
  }
  if (status === 'Diproses') {
    const b = button('Tandai sudah dicetak', 'Dicetak');
    b.addEventListener('click', () => move(b, { status: 'Dicetak' }, 'Ditandai dicetak; bot menanyakan Pos atau ambil sendiri.'));
    box.append(
      b,
      h('p', { class: 'hint' }, 'Setelah dicetak, bot menanyakan warga: dikirim Pos (Rp14.000) atau diambil di kantor.'),
    );
  }
  if (status === 'Dicetak' || status === 'SiapDiambil') {
    const choice = fields.delivery;
    if (status === 'Dicetak') {
      box.append(
        h(
          'p',
          { class: 'hint' },
          choice === 'pos'
            ? 'Warga memilih dikirim via Pos. Masukkan nomor resi setelah diserahkan ke Pos.'
            : choice === 'kantor'
              ? 'Warga memilih mengambil di kantor.'
              : 'Menunggu pilihan warga: Pos atau ambil di kantor.',
        ),
      );
    }
    if (status === 'Dicetak' || choice === 'pos') {
      const input = h('input', {
        type: 'text',
        placeholder: 'Nomor resi Pos',
        'data-keep': 'tracking',
        autocomplete: 'off',
        'aria-label': 'Nomor resi Pos',
        maxlength: 40,
        class: 'tracking',
      });
      const b = button('Kirim via Pos', 'DikirimPos');
      b.addEventListener('click', () => {
        const trackingNumber = input.value.trim();
        if (!trackingNumber) {
          toast('Isi nomor resi Pos dulu.', 'error');
          input.focus();
          return;
        }
        move(b, { status: 'DikirimPos', trackingNumber }, 'Nomor resi dikirim ke warga.');
      });
      box.append(h('div', { class: 'inline' }, input, b));
    }
  }
  if (status === 'SiapDiambil') {
    const input = h('input', {
      type: 'text',
      placeholder: 'Kode ambil dari warga',
      'data-keep': 'pickup',
      autocomplete: 'off',
      'aria-label': 'Kode ambil',
      maxlength: 20,
      class: 'pickup',
    });
    const b = button('Cek kode & serahkan', 'Selesai');
    b.addEventListener('click', () => {
      const pickupCode = input.value.trim();
      if (!pickupCode) {
        toast('Isi kode ambil yang ditunjukkan warga.', 'error');
        input.focus();
        return;
      }
      move(b, { status: 'Selesai', pickupCode }, 'Kode cocok: kasus selesai.');
    });
    box.append(
      h('p', { class: 'hint' }, 'Di loket: minta warga menunjukkan kode ambil.'),
      h('div', { class: 'inline' }, input, b),
    );
  }
  if (status === 'DikirimPos') {
    const b = button('Selesai (kartu diterima warga)', 'Selesai');
    b.addEventListener('click', () => move(b, { status: 'Selesai' }, 'Kasus selesai; bot meminta penilaian warga.'));
    box.append(b);
  }
  if (['Baru', 'Diproses', 'Dicetak'].includes(status)) {
    const reason = h('input', {
      type: 'text',
      placeholder: 'Alasan (wajib untuk menolak)',
      'data-keep': 'reason',
      'aria-label': 'Alasan',
      maxlength: 500,
    });
    const rej = button('Tolak', 'Ditolak', 'danger');
    const cancel = button('Batalkan', 'Dibatalkan', 'secondary');
    if (status === 'Dicetak') rej.hidden = true;
    rej.addEventListener('click', () => {
      const note = reason.value.trim();
      if (!note) {
        toast('Tulis alasan penolakan; warga akan menerimanya.', 'error');
        reason.focus();
        return;
      }
      move(rej, { status: 'Ditolak', note }, 'Kasus ditolak.');
    });
    cancel.addEventListener('click', () => {
      if (!confirm('Batalkan kasus ' + code + '?')) return;
      move(cancel, { status: 'Dibatalkan', note: reason.value.trim() || undefined }, 'Kasus dibatalkan.');
    });
    box.append(
      h(
        'details',
        { class: 'sub' },
        h('summary', null, 'Tolak atau batalkan'),
        h('div', { class: 'inline' }, reason, rej, cancel),
      ),
    );
  }
  if (!box.childNodes.length) box.append(h('p', { class: 'hint' }, 'Kasus sudah ditutup.'));
  return box;
}

function mediaView(m) {
  const url = typeof m === 'string' ? m : f(m, 'url', 'href', 'link');
  const type = String((typeof m === 'object' && f(m, 'contentType', 'type')) || '');
  const href = mediaHref(String(url || ''));
  if (!href) return null;
  if (/^image\//i.test(type) || (!type && /\.(jpe?g|png|gif|webp)(\?|$)/i.test(url))) {
    return h(
      'a',
      { href, target: '_blank', rel: 'noopener', class: 'media' },
      h('img', { src: href, alt: 'Foto dari warga', loading: 'lazy' }),
    );
  }
  return h(
    'a',
    { href, target: '_blank', rel: 'noopener', class: 'media doc' },
    '📄 ',
    /pdf/i.test(type) ? 'Buka PDF' : 'Buka lampiran',
    type ? ' (' + type + ')' : '',
  );
}

// -------------------------------------------------------------------------- the conversation card

async function loadConversation() {
  const open = S.open;
  const id = open && open.conversationId;
  if (!id) return;
  const r = await api('GET', '/conversations/' + enc(id));
  if (S.open !== open) return;
  const card = $('#conv-card');
  if (!r.ok) {
    clear(card).append(
      h(
        'div',
        { class: 'card error', role: 'alert' },
        r.status === 403 ? 'Anda tidak berwenang membuka percakapan ini.' : r.error,
      ),
    );
    return;
  }
  S.conv = r.data;
  renderConversation();
}

function convMode(c) {
  return enumName(f(c, 'mode'), MODE);
}
function convOperator(c) {
  const o = f(c, 'operator', 'operatorUserName', 'heldBy');
  return o && typeof o === 'object' ? String(f(o, 'userName', 'name') || '') : o ? String(o) : '';
}
function heldByMe(c) {
  return convMode(c) === 'WithOperator' && convOperator(c).toLowerCase() === ME.userName.toLowerCase();
}

function renderConversation() {
  const card = $('#conv-card');
  if (!card || !S.conv) return;
  const old = $('.transcript', card);
  const atBottom = !old || old.scrollHeight - old.scrollTop - old.clientHeight < 40;
  const key = [convMode(S.conv), convOperator(S.conv), f(S.conv, 'insideWindow') !== false].join('|');
  const current = $('section.conv', card);
  if (current && current.dataset.key === key) {
    // Same state: only the transcript and the header change; what the operator is typing stays as it is.
    const fresh = conversationCard(S.conv, true);
    current.replaceChild(fresh.querySelector('.card-head'), $('.card-head', current));
    current.replaceChild(fresh.querySelector('.window'), $('.window', current));
    current.replaceChild(fresh.querySelector('.transcript'), $('.transcript', current));
  } else {
    keepInputs(card, () => {
      clear(card);
      const section = conversationCard(S.conv, false);
      section.dataset.key = key;
      card.append(section);
    });
  }
  const t = $('.transcript', card);
  if (t && atBottom) t.scrollTop = t.scrollHeight;
}

function conversationCard(c, partsOnly) {
  const id = String(f(c, 'id', 'conversationId') || S.open.conversationId);
  const mode = convMode(c);
  const operator = convOperator(c);
  const inside = f(c, 'insideWindow', 'windowOpen', 'canSendFreeText');
  const closes = f(c, 'windowClosesAt', 'windowEndsAt', 'windowExpiresAt');
  const modeText =
    mode === 'Bot'
      ? 'Dilayani bot'
      : mode === 'Queued'
        ? 'Menunggu petugas'
        : mode === 'WithOperator'
          ? 'Ditangani ' + (operator || 'petugas')
          : mode === 'Closed'
            ? 'Ditutup'
            : mode;
  const windowText =
    inside === false ? 'Di luar jendela 24 jam WhatsApp' : 'Jendela 24 jam terbuka' + (closes ? ' sampai ' + when(closes) : '');

  const entries = list(f(c, 'transcript', 'messages', 'entries') || []);
  const transcript = h(
    'ol',
    { class: 'transcript', 'aria-label': 'Transkrip percakapan', 'aria-live': 'polite' },
    entries.map(messageView),
  );
  if (!entries.length) transcript.append(h('li', { class: 'muted' }, 'Belum ada pesan.'));

  const who = [f(c, 'profileName'), f(c, 'maskedPhone')].filter(Boolean).join(' · ');
  const related = list(f(c, 'cases') || []);
  const links =
    !S.open.code && related.length
      ? h(
          'p',
          { class: 'hint' },
          'Kasus warga ini: ',
          related.map((k, i) => [
            i ? ', ' : '',
            h(
              'a',
              { href: ROOT + '/kasus/' + enc(caseCode(k)), 'data-nav': '' },
              caseCode(k) + ' (' + (STATUS_LABEL[statusName(f(k, 'status'))] || '') + ')',
            ),
          ]),
        )
      : null;
  return h(
    'section',
    { class: 'card conv', data: { conversation: id, mode, operator } },
    h(
      'div',
      { class: 'card-head' },
      h('h2', null, 'Percakapan', who ? h('span', { class: 'muted who-line' }, ' ' + who) : null),
      h('span', { class: 'badge mode mode-' + mode, data: { mode } }, modeText),
    ),
    h(
      'p',
      { class: 'window ' + (inside === false ? 'closed' : 'open'), data: { window: inside === false ? 'closed' : 'open' } },
      windowText,
    ),
    links,
    transcript,
    partsOnly ? null : conversationActions(c, id, mode, operator, inside !== false),
  );
}

function speakerOf(e) {
  if (f(e, 'private', 'isNote', 'internal') === true || f(e, 'kind', 'type') === 'note') return 'Note';
  return enumName(f(e, 'speaker', 'from', 'role'), SPEAKER);
}

function messageView(e) {
  const speaker = speakerOf(e);
  const author = f(e, 'author', 'operator', 'by');
  const text = String(f(e, 'text', 'body') || '');
  const media = list(f(e, 'media', 'attachments') || []);
  const outbound = speaker === 'Bot' || speaker === 'Operator';
  const delivery = f(e, 'delivery', 'deliveryStatus', 'status');
  const ds = delivery && typeof delivery === 'object' ? f(delivery, 'status', 'value') : delivery;
  return h(
    'li',
    { class: 'msg sp-' + speaker, data: { speaker, id: f(e, 'messageId', 'id') } },
    h(
      'div',
      { class: 'meta' },
      SPEAKER_LABEL[speaker] || speaker,
      author ? ' · ' + author : '',
      ' · ',
      when(f(e, 'at', 'time'), timeFmt),
    ),
    text ? h('div', { class: 'text' }, text) : null,
    media.length ? h('div', { class: 'media-list' }, media.map(mediaView)) : null,
    outbound && ds !== undefined
      ? tickView(ds, f(e, 'deliveryError') ? { deliveryError: f(e, 'deliveryError') } : delivery)
      : null,
  );
}

function tickView(v, full) {
  const s = enumName(v, DELIVERY).toLowerCase();
  let mark = '○',
    label = 'menunggu',
    cls = 'pending';
  if (s === 'sent') {
    mark = '✓';
    label = 'terkirim';
    cls = 'sent';
  } else if (s === 'delivered') {
    mark = '✓✓';
    label = 'diterima';
    cls = 'delivered';
  } else if (s === 'read') {
    mark = '✓✓';
    label = 'dibaca';
    cls = 'read';
  } else if (s === 'failed' || s === 'undelivered') {
    mark = '✗';
    label = 'gagal terkirim';
    cls = 'failed';
    const err = full && typeof full === 'object' ? f(full, 'errorCode', 'error', 'deliveryError') : null;
    if (err) label += ' (' + err + ')';
  }
  return h('span', { class: 'tick ' + cls, title: label, 'aria-label': label, data: { delivery: s } }, mark);
}

function conversationActions(c, id, mode, operator, inside) {
  const box = h('div', { class: 'conv-actions' });
  const path = '/conversations/' + enc(id);
  const post = (button, sub, payload, okText, after) =>
    act(
      button,
      async () => {
        const r = await api('POST', path + sub, payload);
        if (r.ok && after) after(r);
        // Success or refusal (someone else was faster, the window closed): show the conversation as it is now.
        refreshSoon({ conversationId: id });
        return r;
      },
      okText,
    );

  const mine = heldByMe(c);
  if (!mine) {
    const take = h('button', { type: 'button', data: { action: 'take-over' } }, 'Ambil alih percakapan');
    take.addEventListener('click', () => post(take, '/take-over', undefined, 'Percakapan diambil alih; bot berhenti menjawab.'));
    box.append(
      h(
        'div',
        { class: 'inline' },
        take,
        mode === 'WithOperator' && operator
          ? h('span', { class: 'hint' }, 'Sedang ditangani ' + operator + '.')
          : h('span', { class: 'hint' }, 'Ambil alih untuk membalas warga; bot berhenti menjawab.'),
      ),
    );
  }

  // Reply (free text inside the 24-hour window only).
  const reply = h('textarea', {
    rows: 3,
    'data-keep': 'reply',
    placeholder: 'Tulis balasan untuk warga…',
    'aria-label': 'Balasan',
    maxlength: 1600,
    class: 'reply',
  });
  const send = h('button', { type: 'button', data: { action: 'reply' } }, 'Kirim');
  const why = h('p', { class: 'hint why' });
  if (!mine) {
    reply.disabled = true;
    send.disabled = true;
    why.textContent = 'Ambil alih percakapan dulu untuk membalas.';
  } else if (!inside) {
    reply.disabled = true;
    send.disabled = true;
    why.textContent =
      'Pesan bebas tidak dapat dikirim: warga terakhir menulis lebih dari 24 jam lalu (aturan WhatsApp). Kirim templat yang disetujui di bawah.';
  }
  send.addEventListener('click', () => {
    const text = reply.value.trim();
    if (!text) return;
    post(send, '/reply', { text }, 'Balasan dikirim.', () => {
      reply.value = '';
    });
  });
  reply.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) send.click();
  });

  // Canned responses with variables.
  const cannedBox = h('div', { class: 'canned' });
  if (mine && inside) {
    const sel = h(
      'select',
      { 'aria-label': 'Balasan cepat', 'data-keep': 'canned' },
      h('option', { value: '' }, 'Balasan cepat…'),
    );
    const vars = h('div', { class: 'vars' });
    const fill = () => {
      clear(vars);
      const item = (S.canned || [])[Number(sel.value)];
      if (sel.value === '' || !item) return;
      const text = String(f(item, 'filled', 'text', 'body', 'template') || '');
      const names = Array.from(new Set(Array.from(text.matchAll(/\{\{?\s*([A-Za-z0-9_.]+)\s*\}?\}/g)).map((m) => m[1])));
      const inputs = names.map((n) =>
        h('input', { type: 'text', placeholder: n, 'aria-label': n, data: { variable: n }, value: guessVariable(n) }),
      );
      const use = h('button', { type: 'button', class: 'small secondary' }, 'Pakai');
      use.addEventListener('click', () => {
        let out = text;
        for (const i of inputs)
          out = out
            .split(new RegExp('\\{\\{?\\s*' + i.dataset.variable.replace(/\./g, '\\.') + '\\s*\\}?\\}', 'g'))
            .join(i.value);
        reply.value = out;
        reply.focus();
      });
      add(vars, inputs, use);
    };
    sel.addEventListener('change', fill);
    loadCanned(id).then((items) => {
      items.forEach((it, i) =>
        sel.append(h('option', { value: String(i) }, String(f(it, 'title', 'name', 'shortcut', 'id') || '#' + (i + 1)))),
      );
      if (sel.dataset.restore) {
        sel.value = sel.dataset.restore;
        fill();
      }
    });
    add(cannedBox, sel, vars);
  }

  box.append(h('div', { class: 'composer' }, reply, h('div', { class: 'inline' }, send), why), cannedBox);

  // Templates (always possible when held; the only way outside the window).
  if (mine) box.append(templatePicker(path, id, !inside));

  if (mine) {
    const back = h('button', { type: 'button', class: 'secondary', data: { action: 'hand-back' } }, 'Serahkan ke bot');
    back.addEventListener('click', () => post(back, '/hand-back', undefined, 'Percakapan diserahkan kembali ke bot.'));
    box.append(h('div', { class: 'inline' }, back));
  }

  // Transfer to a queue or an operator.
  const tq = h(
    'select',
    { 'aria-label': 'Antrean tujuan', 'data-keep': 'transfer-queue' },
    h('option', { value: '' }, 'Antrean…'),
    S.queues.map((q) => h('option', { value: queueId(q) }, queueName(q))),
  );
  const to = h('input', {
    type: 'text',
    placeholder: 'atau nama pengguna petugas',
    'aria-label': 'Petugas tujuan',
    'data-keep': 'transfer-operator',
    autocapitalize: 'none',
  });
  const tb = h('button', { type: 'button', class: 'secondary', data: { action: 'transfer' } }, 'Alihkan');
  tb.addEventListener('click', () => {
    const payload = {};
    if (tq.value) payload.queue = tq.value;
    if (to.value.trim()) payload.operator = to.value.trim();
    if (!payload.queue && !payload.operator) {
      toast('Pilih antrean atau isi nama petugas tujuan.', 'error');
      return;
    }
    post(tb, '/transfer', payload, 'Percakapan dialihkan.', () => {
      to.value = '';
      tq.value = '';
    });
  });
  box.append(
    h(
      'details',
      { class: 'sub' },
      h('summary', null, 'Alihkan ke antrean atau petugas lain'),
      h('div', { class: 'inline' }, tq, to, tb),
    ),
  );

  // Private note.
  const note = h('textarea', {
    rows: 2,
    'data-keep': 'conv-note',
    placeholder: 'Catatan internal (tidak dikirim ke warga)',
    'aria-label': 'Catatan internal',
    maxlength: 2000,
  });
  const nb = h('button', { type: 'button', class: 'secondary', data: { action: 'conv-note' } }, 'Simpan catatan');
  nb.addEventListener('click', () => {
    const text = note.value.trim();
    if (!text) return;
    post(nb, '/notes', { text }, 'Catatan disimpan.', () => {
      note.value = '';
    });
  });
  box.append(h('details', { class: 'sub' }, h('summary', null, 'Catatan internal'), h('div', { class: 'inline' }, note, nb)));
  return box;
}

function guessVariable(name) {
  const c = S.caseData ? caseOf(S.caseData) : null;
  const n = name.toLowerCase();
  if (c && /^(name|nama|fullname|nama_lengkap)$/.test(n)) return String(f(c, 'fullName') || '');
  if (c && /^(code|kode|casecode|kode_kasus)$/.test(n)) return caseCode(c);
  if (c && /(resi|tracking)/.test(n)) return String(f(c, 'trackingNumber') || '');
  if (/^(operator|petugas)$/.test(n)) return ME.displayName;
  return '';
}

async function loadCanned(conversationId) {
  const r = await api('GET', '/canned-responses' + (conversationId ? '?conversation=' + enc(conversationId) : ''));
  S.canned = r.ok ? list(r.data, 'responses', 'cannedResponses') : [];
  return S.canned;
}

async function loadTemplates() {
  if (S.templates) return S.templates;
  const r = await api('GET', '/templates');
  S.templates = r.ok ? list(r.data, 'templates') : [];
  return S.templates;
}

function templateVariables(t) {
  const v = f(t, 'variables', 'parameters', 'placeholders') || [];
  if (Array.isArray(v))
    return v.map((x) =>
      typeof x === 'object'
        ? { key: String(f(x, 'key', 'name', 'id')), label: String(f(x, 'label', 'description', 'name', 'key')) }
        : { key: String(x), label: String(x) },
    );
  return Object.entries(v).map(([k, label]) => ({ key: k, label: typeof label === 'string' ? label : k }));
}

function templatePicker(path, id, prominent) {
  const box = h('div', { class: 'templates' + (prominent ? ' prominent' : '') });
  const sel = h(
    'select',
    { 'aria-label': 'Templat', 'data-keep': 'template' },
    h('option', { value: '' }, 'Pilih templat yang disetujui…'),
  );
  const vars = h('div', { class: 'vars' });
  const preview = h('p', { class: 'preview' });
  const sendT = h(
    'button',
    { type: 'button', class: prominent ? '' : 'secondary', data: { action: 'send-template' }, disabled: true },
    'Kirim templat',
  );
  const fill = () => {
    clear(vars);
    preview.textContent = '';
    const t = (S.templates || [])[Number(sel.value)];
    sendT.disabled = sel.value === '' || !t;
    if (!t || sel.value === '') return;
    preview.textContent = String(f(t, 'body', 'text', 'preview', 'description') || '');
    for (const v of templateVariables(t)) {
      const kept = S.kept && S.kept.get('tv-' + v.key);
      vars.append(
        h(
          'label',
          null,
          v.label,
          h('input', {
            type: 'text',
            data: { variable: v.key },
            'data-keep': 'tv-' + v.key,
            value: kept || guessVariable(v.key) || guessVariable(v.label),
          }),
        ),
      );
    }
  };
  sel.addEventListener('change', fill);
  sendT.addEventListener('click', () => {
    const t = (S.templates || [])[Number(sel.value)];
    if (!t) return;
    const variables = {};
    for (const i of $$('input[data-variable]', vars)) variables[i.dataset.variable] = i.value;
    act(
      sendT,
      async () => {
        const r = await api('POST', path + '/template', { name: String(f(t, 'name', 'id', 'key')), variables });
        if (r.ok) {
          sel.value = '';
          fill();
          refreshSoon({ conversationId: id });
        }
        return r;
      },
      'Templat dikirim.',
    );
  });
  loadTemplates().then((items) => {
    items.forEach((t, i) =>
      sel.append(h('option', { value: String(i) }, String(f(t, 'label', 'title', 'name', 'id') || '#' + (i + 1)))),
    );
    if (sel.dataset.restore) {
      sel.value = sel.dataset.restore;
      fill();
    }
  });
  box.append(
    h('h3', null, prominent ? 'Kirim templat (di luar jendela 24 jam)' : 'Templat'),
    sel,
    preview,
    vars,
    h('div', { class: 'inline' }, sendT),
  );
  return box;
}

// ---------------------------------------------------------------------------------------------- live updates

let pending = null;
let pendingTimer = null;
function refreshSoon(what) {
  pending = pending || { all: false, codes: new Set(), convs: new Set() };
  if (!what || (!what.caseCode && !what.conversationId)) pending.all = true;
  if (what && what.caseCode) pending.codes.add(String(what.caseCode));
  if (what && what.conversationId) pending.convs.add(String(what.conversationId));
  clearTimeout(pendingTimer);
  pendingTimer = setTimeout(flush, 150);
}

async function flush() {
  const p = pending;
  pending = null;
  if (!p) return;
  if (S.page === 'home') {
    loadCases();
    loadQueues();
    const open = S.open;
    if (open) {
      const code = open.code ? open.code.replace('-', '') : null;
      const hit =
        p.all ||
        (open.code && Array.from(p.codes).some((c) => c.replace('-', '') === code)) ||
        (open.conversationId && p.convs.has(open.conversationId));
      if (hit) await refreshOpen(false);
    }
  } else if (S.page === 'dashboard') {
    clearTimeout(flush.dash);
    flush.dash = setTimeout(() => loadDashboard(), 1000);
  }
}

function onEvent(type, raw) {
  let data;
  try {
    data = raw ? JSON.parse(raw) : {};
  } catch {
    data = {};
  }
  const kind = String(type && type !== 'message' ? type : f(data, 'type', 'kind') || 'message');
  body.dataset.lastEvent = kind;
  if (/offer/i.test(kind)) {
    loadOffer(false);
    return;
  }
  if (/presence/i.test(kind)) {
    if (S.page === 'dashboard') refreshSoon({});
    loadMe();
    return;
  }
  if (/ping|heartbeat|hello|ready/i.test(kind)) return;
  refreshSoon({ caseCode: f(data, 'caseCode', 'code'), conversationId: f(data, 'conversationId', 'conversation') });
}

const EVENT_TYPES = [
  'ready',
  'case',
  'case.created',
  'case.updated',
  'case.status',
  'message.new',
  'message.status',
  'delivery',
  'conversation',
  'conversation.updated',
  'offer',
  'offer.new',
  'offer.withdrawn',
  'offer.expired',
  'presence',
  'queue',
  'queue.changed',
  'sla',
  'sla.breach',
];

let source = null;
function connect() {
  if (!window.EventSource) return;
  source = new EventSource(API + '/events', { withCredentials: true });
  const live = $('#live');
  source.onopen = () => {
    S.live = true;
    if (live) {
      live.textContent = '● Langsung';
      live.className = 'live on';
    }
    body.dataset.live = 'on';
    refreshSoon({});
    loadOffer(true);
  };
  source.onerror = () => {
    S.live = false;
    if (live) {
      live.textContent = '○ Menyambung ulang…';
      live.className = 'live off';
    }
    body.dataset.live = 'off';
  };
  source.onmessage = (e) => onEvent(null, e.data);
  for (const t of EVENT_TYPES) source.addEventListener(t, (e) => onEvent(t, e.data));
}

// ---------------------------------------------------------------------------------------------- dashboard

function renderDashboard() {
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
    link.href = API + '/cases.csv?from=' + enc(dayStart(from.value)) + '&to=' + enc(dayStart(to.value, true));
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

async function loadDashboard() {
  const box = $('#dash');
  if (!box) return;
  const r = await api('GET', '/dashboard');
  if (!r.ok) {
    clear(box).append(h('p', { class: 'error' }, r.error));
    return;
  }
  const d = r.data || {};
  clear(box);
  const used = new Set();
  const take = (...names) => {
    for (const n of names)
      if (d[n] !== undefined) {
        used.add(n);
        return d[n];
      }
    return undefined;
  };

  const queues = list(take('queues', 'queueLengths') || []);
  box.append(
    h(
      'section',
      { class: 'card' },
      h('h2', null, 'Antrean'),
      table(
        ['Antrean', 'Menunggu', 'Tunggu terlama', 'Rata-rata tunggu'],
        queues.map((q) => [
          queueName(q),
          String(queueCount(q)),
          minutesOr(q, ['oldestWaitMinutes', 'longestWaitMinutes'], ['longestWaitSeconds', 'oldestWaitSeconds', 'oldestWait']),
          minutesOr(q, ['averageWaitMinutes'], ['averageWaitSeconds', 'averageWait']),
        ]),
        'dash-queues',
      ),
    ),
  );

  const waitingConv = take('conversationsWaitingForOperator');
  if (waitingConv !== undefined)
    box.append(
      h(
        'section',
        { class: 'card' },
        h('h2', null, 'Percakapan menunggu petugas'),
        h('p', { class: 'big', id: 'dash-waiting' }, String(waitingConv)),
      ),
    );
  const byStatus = take('casesByStatus');
  if (byStatus && typeof byStatus === 'object') {
    box.append(
      h(
        'section',
        { class: 'card' },
        h('h2', null, 'Kasus per status'),
        table(
          ['Status', 'Jumlah'],
          Object.entries(byStatus).map(([k, n]) => [STATUS_LABEL[k] || k, String(n)]),
          'dash-status',
        ),
      ),
    );
  }

  const routingAvailable = take('routingAvailable');
  take('at');
  const breaches = take('slaBreaches', 'sla', 'breaches');
  const breachList = list(breaches || [], 'items', 'breaches', 'recent');
  const breachCount =
    breaches === null || breaches === undefined
      ? routingAvailable === false
        ? '–'
        : 0
      : typeof breaches === 'number'
        ? breaches
        : (f(breaches, 'count', 'total') ?? breachList.length);
  box.append(
    h(
      'section',
      { class: 'card' },
      h(
        'h2',
        null,
        'Pelanggaran SLA ',
        h('span', { class: 'badge ' + (breachCount ? 'st-Ditolak' : 'st-Selesai'), id: 'sla-count' }, String(breachCount)),
      ),
      breachList.length
        ? table(
            ['Waktu', 'Kasus', 'Petugas', 'Jenis'],
            breachList.map((b) => [
              when(f(b, 'at', 'time')),
              String(f(b, 'caseCode', 'item', 'code') || ''),
              String(f(b, 'operator', 'userName') || ''),
              String(f(b, 'kind', 'type', 'detail') || ''),
            ]),
          )
        : h('p', { class: 'muted' }, 'Tidak ada pelanggaran tercatat.'),
    ),
  );

  const ops = list(take('operators', 'agents') || []);
  box.append(
    h(
      'section',
      { class: 'card' },
      h('h2', null, 'Petugas'),
      table(
        ['Petugas', 'Kehadiran', 'Beban', 'Tidak menjawab'],
        ops.map((o) => [
          String(f(o, 'displayName', 'userName', 'name') || ''),
          enumName(f(o, 'presence'), PRESENCE) || '–',
          String(f(o, 'load', 'open') ?? '–') + ' / ' + String(f(o, 'capacity') ?? '–'),
          String(f(o, 'missed', 'missedOffers', 'unanswered', 'noAnswer') ?? 0),
        ]),
        'dash-operators',
      ),
    ),
  );

  const perDay = take('casesPerDay', 'perDay', 'daily');
  const points = Array.isArray(perDay)
    ? perDay.map((p) => ({ day: String(f(p, 'date', 'day') || ''), count: Number(f(p, 'count', 'cases', 'value') || 0) }))
    : perDay && typeof perDay === 'object'
      ? Object.entries(perDay).map(([day, count]) => ({ day, count: Number(count) || 0 }))
      : [];
  box.append(
    h(
      'section',
      { class: 'card' },
      h('h2', null, 'Kasus per hari'),
      points.length ? barChart(points) : h('p', { class: 'muted' }, 'Belum ada data.'),
    ),
  );

  const averageRating = take('averageRating');
  let ratings = take('ratings', 'rating');
  if (averageRating !== undefined || ratings !== undefined) {
    if (typeof ratings === 'number' && averageRating !== undefined) ratings = { average: averageRating, count: ratings };
    const avg = typeof ratings === 'number' ? ratings : f(ratings, 'average', 'mean', 'avg');
    const count = f(ratings, 'count', 'total');
    const dist = f(ratings, 'distribution', 'counts', 'byScore');
    const rows = dist
      ? Array.isArray(dist)
        ? dist.map((n, i) => [String(i + 1) + ' ★', String(n)])
        : Object.entries(dist).map(([k, n]) => [k + ' ★', String(n)])
      : [];
    box.append(
      h(
        'section',
        { class: 'card' },
        h('h2', null, 'Penilaian warga'),
        h(
          'p',
          { class: 'big', id: 'rating-average' },
          avg !== undefined && avg !== null ? Number(avg).toLocaleString('id-ID', { maximumFractionDigits: 2 }) + ' / 5' : '–',
          count !== undefined ? h('span', { class: 'muted' }, ' dari ' + count + ' penilaian') : null,
        ),
        rows.length ? table(['Nilai', 'Jumlah'], rows) : null,
      ),
    );
  }

  const rest = Object.entries(d).filter(([k]) => !used.has(k));
  if (rest.length) {
    box.append(
      h(
        'section',
        { class: 'card' },
        h('h2', null, 'Lainnya'),
        table(
          ['Ukuran', 'Nilai'],
          rest.map(([k, val]) => [k, typeof val === 'object' ? JSON.stringify(val) : String(val)]),
        ),
      ),
    );
  }
}

function minutesOr(o, minuteNames, secondNames) {
  const m = f(o, ...minuteNames);
  if (m !== undefined) return duration(Number(m) * 60);
  return duration(f(o, ...secondNames));
}

function table(head, rows, id) {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { id },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          head.map((x) => h('th', null, x)),
        ),
      ),
      h(
        'tbody',
        null,
        rows.length
          ? rows.map((r) =>
              h(
                'tr',
                null,
                r.map((c) => h('td', null, c)),
              ),
            )
          : h('tr', null, h('td', { colspan: head.length, class: 'muted' }, 'Tidak ada data.')),
      ),
    ),
  );
}

/** A bar chart in inline SVG (no library, no download). */
function barChart(points) {
  const NS = 'http://www.w3.org/2000/svg';
  const s = (tag, attrs, text) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const W = 640,
    H = 220,
    pad = 28,
    bottom = 34;
  const max = Math.max(1, ...points.map((p) => p.count));
  const bw = (W - pad * 2) / points.length;
  const svg = s('svg', {
    viewBox: '0 0 ' + W + ' ' + H,
    class: 'chart',
    role: 'img',
    'aria-label': 'Grafik kasus per hari',
    id: 'cases-chart',
  });
  svg.append(s('line', { x1: pad, y1: H - bottom, x2: W - pad, y2: H - bottom, class: 'axis' }));
  svg.append(s('text', { x: 2, y: 14, class: 'lbl' }, String(max)));
  const labelEvery = Math.ceil(points.length / 10);
  points.forEach((p, i) => {
    const bh = Math.round(((H - bottom - pad) * p.count) / max);
    const x = pad + i * bw + bw * 0.15;
    const rect = s('rect', {
      x: x.toFixed(1),
      y: H - bottom - bh,
      width: (bw * 0.7).toFixed(1),
      height: bh,
      class: 'bar',
      'data-count': p.count,
      'data-day': p.day,
    });
    rect.append(s('title', null, p.day + ': ' + p.count + ' kasus'));
    svg.append(rect);
    if (p.count > 0 && bw > 18)
      svg.append(
        s(
          'text',
          { x: (x + bw * 0.35).toFixed(1), y: H - bottom - bh - 3, class: 'val', 'text-anchor': 'middle' },
          String(p.count),
        ),
      );
    if (i % labelEvery === 0)
      svg.append(
        s('text', { x: (x + bw * 0.35).toFixed(1), y: H - bottom + 14, class: 'lbl', 'text-anchor': 'middle' }, p.day.slice(5)),
      );
  });
  return svg;
}

// ---------------------------------------------------------------------------------------------- audit

function renderAudit() {
  const v = view();
  const today = new Date();
  const from = h('input', {
    type: 'date',
    value: isoDate(new Date(today.getTime() - 6 * 86400000)),
    'aria-label': 'Dari tanggal',
  });
  const to = h('input', { type: 'date', value: isoDate(today), 'aria-label': 'Sampai tanggal' });
  const btn = h('button', { type: 'button', class: 'small' }, 'Tampilkan');
  const out = h('div', { id: 'audit' });
  const load = async () => {
    clear(out).append(h('p', { class: 'muted' }, 'Memuat…'));
    const r = await api('GET', '/audit?from=' + enc(dayStart(from.value)) + '&to=' + enc(dayStart(to.value, true)));
    clear(out);
    if (!r.ok) {
      out.append(h('p', { class: 'error' }, r.error));
      return;
    }
    const rows = list(r.data, 'entries');
    out.append(
      table(
        ['Waktu', 'Pelaku', 'Tindakan', 'Kasus', 'Percakapan', 'Keterangan'],
        rows.map((e) => {
          const action = String(f(e, 'action') || '');
          return [
            when(f(e, 'at'), fullFmt),
            String(f(e, 'actor', 'by') || ''),
            AUDIT_LABEL[action] || action,
            String(f(e, 'caseCode') || ''),
            String(f(e, 'conversation', 'conversationId') || ''),
            String(f(e, 'detail') || ''),
          ];
        }),
        'audit-table',
      ),
    );
  };
  btn.addEventListener('click', load);
  v.append(
    h('h1', null, 'Log audit'),
    h('p', { class: 'muted' }, 'Siapa melakukan apa pada kasus mana dan kapan. Catatan ini tidak dapat diubah.'),
    h(
      'section',
      { class: 'card' },
      h('div', { class: 'inline' }, h('label', null, 'Dari ', from), h('label', null, 'Sampai ', to), btn),
      out,
    ),
  );
  load();
}

// ---------------------------------------------------------------------------------------------- accounts (admin)

function renderAccounts() {
  const v = view();
  const out = h('div', { id: 'accounts' });
  const userName = h('input', {
    type: 'text',
    id: 'acc-user',
    autocomplete: 'off',
    autocapitalize: 'none',
    required: true,
    maxlength: 64,
  });
  const displayName = h('input', { type: 'text', id: 'acc-name', autocomplete: 'off', required: true, maxlength: 100 });
  const role = h(
    'select',
    { id: 'acc-role' },
    ROLES.map((r) => h('option', { value: r }, ROLE_LABEL[r])),
  );
  // A coordinator acts for one institution (a company, an OPD): an existing one from the list, or a new name.
  const institutions = h('datalist', { id: 'acc-institutions' });
  const institution = h('input', {
    type: 'text',
    id: 'acc-institution',
    autocomplete: 'off',
    maxlength: 100,
    list: 'acc-institutions',
  });
  const institutionLabel = h('label', { for: 'acc-institution' }, 'Instansi (perusahaan / OPD)');
  const showInstitution = () => {
    const on = role.value === 'Coordinator';
    institution.hidden = !on;
    institutionLabel.hidden = !on;
    institution.required = on;
  };
  role.addEventListener('change', showInstitution);
  showInstitution();
  api('GET', '/ikd/institutions').then((r) => {
    if (r.ok)
      for (const i of list(r.data))
        institutions.append(h('option', { value: String(f(i, 'id') || '') }, String(f(i, 'name') || '')));
  });
  const created = h('div', { id: 'acc-created', role: 'alert' });
  const submit = h('button', { type: 'submit', data: { action: 'create-account' } }, 'Buat akun');
  const form = h(
    'form',
    { class: 'card form' },
    h('h2', null, 'Akun baru'),
    h('label', { for: 'acc-user' }, 'Nama pengguna'),
    userName,
    h('label', { for: 'acc-name' }, 'Nama tampilan'),
    displayName,
    h('label', { for: 'acc-role' }, 'Peran'),
    role,
    institutionLabel,
    institution,
    institutions,
    submit,
    created,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const payload = {
      userName: userName.value.trim(),
      displayName: displayName.value.trim(),
      role: role.value,
    };
    if (role.value === 'Coordinator') payload.institution = institution.value.trim();
    act(submit, async () => {
      const r = await api('POST', '/accounts', payload);
      clear(created);
      if (r.ok) {
        const password =
          typeof r.data === 'string' ? r.data : f(r.data, 'oneTimePassword', 'password', 'temporaryPassword', 'initialPassword');
        created.append(
          h(
            'div',
            { class: 'secret' },
            h(
              'p',
              null,
              'Akun ',
              h('strong', null, payload.userName),
              ' dibuat. Kata sandi sekali pakai (hanya ditampilkan sekali ini):',
            ),
            h('p', null, h('code', { id: 'one-time-password' }, String(password || ''))),
            h(
              'p',
              { class: 'hint' },
              'Sampaikan langsung kepada pemilik akun. Setelah halaman ini ditutup, kata sandi tidak dapat dilihat lagi.',
            ),
          ),
        );
        userName.value = '';
        displayName.value = '';
        institution.value = '';
        loadAccounts(out);
      }
      return r;
    });
  });
  v.append(h('h1', null, 'Akun petugas'), form, h('section', { class: 'card' }, h('h2', null, 'Semua akun'), out));
  loadAccounts(out);
}

async function loadAccounts(out) {
  const r = await api('GET', '/accounts');
  clear(out);
  if (!r.ok) {
    out.append(h('p', { class: 'error' }, r.error));
    return;
  }
  const rows = list(r.data, 'accounts');
  const tbody = h('tbody');
  for (const a of rows) {
    const name = String(f(a, 'userName') || '');
    const active = f(a, 'active', 'isActive') !== false;
    let action = h('span', { class: 'muted' }, 'nonaktif');
    if (active) {
      const deactivate = h('button', { type: 'button', class: 'small danger', data: { deactivate: name } }, 'Nonaktifkan');
      deactivate.addEventListener('click', () => {
        if (!confirm('Nonaktifkan akun ' + name + '? Sesinya langsung berakhir.')) return;
        act(
          deactivate,
          async () => {
            const res = await api('POST', '/accounts/' + enc(name) + '/deactivate');
            if (res.ok) loadAccounts(out);
            return res;
          },
          'Akun dinonaktifkan.',
        );
      });
      // A forgotten password: a new one-time password, shown once; the account's sessions end.
      const reset = h(
        'button',
        { type: 'button', class: 'small secondary', data: { resetPassword: name } },
        'Atur ulang kata sandi',
      );
      reset.addEventListener('click', () => {
        if (!confirm('Buat kata sandi sekali pakai baru untuk ' + name + '? Sesinya langsung berakhir.')) return;
        act(reset, async () => {
          const res = await api('POST', '/accounts/' + enc(name) + '/reset-password');
          if (res.ok) {
            await loadAccounts(out);
            out.prepend(
              h(
                'div',
                { class: 'secret', role: 'alert' },
                h('p', null, 'Kata sandi sekali pakai baru untuk ', h('strong', null, name), ' (hanya ditampilkan sekali ini):'),
                h('p', null, h('code', { id: 'reset-password' }, String(f(res.data, 'password') || ''))),
                h('p', { class: 'hint' }, 'Sampaikan langsung kepada pemilik akun; ia harus menggantinya saat masuk.'),
              ),
            );
          }
          return res;
        });
      });
      action = h('span', null, reset, ' ', deactivate);
    }
    const roleName = enumName(f(a, 'role'), ROLES);
    tbody.append(
      h(
        'tr',
        { data: { account: name } },
        h('td', null, name),
        h('td', null, String(f(a, 'displayName') || '')),
        h('td', null, ROLE_LABEL[roleName] || roleName),
        h('td', null, String(f(a, 'institution') || '')),
        h('td', null, active ? 'aktif' : 'nonaktif'),
        h('td', null, action),
      ),
    );
  }
  out.append(
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { id: 'accounts-table' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['Nama pengguna', 'Nama', 'Peran', 'Instansi', 'Status', ''].map((x) => h('th', null, x)),
          ),
        ),
        tbody,
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------- start

function start() {
  renderPresence();
  route();
  loadMe();
  loadQueues();
  loadOffer(true);
  connect();
  // A safety net when the event stream is cut (proxies, phones going to sleep): offers and lists every 20 s.
  setInterval(() => {
    loadOffer(true);
    refreshSoon({});
  }, 20000);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) {
      refreshSoon({});
      loadOffer(true);
    }
  });
  body.dataset.ready = 'true';
}

start();
