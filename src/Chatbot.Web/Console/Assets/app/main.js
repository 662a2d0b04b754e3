// @ts-check
// The console app (cases and conversations, dashboard, audit, accounts): a small single-page app over the operator
// REST API (/api) and its event stream.

import { h, add, clear, $, $$, toast, page } from '../lib/dom.js';
import { api, whoAmI } from '../lib/api.js';
import { formatted } from '../lib/whatsapp.js';
import { renderDashboard, loadDashboard } from './dashboard.js';
import { renderAudit } from './audit.js';
import { renderAccounts } from './accounts.js';
import { STATUS_LABEL, OPEN, SPEAKER_LABEL, FIELD_LABEL, fullFmt, timeFmt, when, act, enc, mediaHref, view } from './common.js';

/** @typedef {import('openapi').components['schemas']} Schemas */
/**
 * @template T
 * @typedef {import('../lib/api.js').Answer<T>} Answer
 */

const body = document.body;
const API = page.api;
const ROOT = page.root;
const ME = await whoAmI();

const STATUS = ['Baru', 'Diproses', 'Dicetak', 'DikirimPos', 'SiapDiambil', 'Selesai', 'Ditolak', 'Dibatalkan'];
// ---------------------------------------------------------------------------------------------- small helpers

function statusName(v) {
  return String(v || '');
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

// ---------------------------------------------------------------------------------------------- sound and notice

let audio = null;
function unlockAudio() {
  try {
    const Ctx = window.AudioContext || /** @type {any} */ (window).webkitAudioContext;
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
  const needs = { dashboard: 'viewDashboard', audit: 'viewAudit', accounts: 'manageAccounts' }[r.page];
  if (needs && !ME.can(needs)) r.page = 'forbidden';
  const pageChanged = S.page !== r.page || !$('#view');
  S.page = r.page;
  body.dataset.page = r.page;
  for (const a of $$('#nav a')) a.classList.toggle('active', a.dataset.page === r.page);
  if (r.page === 'home') {
    if (pageChanged || !$('#home')) renderHome();
    if (r.code || r.conversationId) openItem({ code: r.code, conversationId: r.conversationId });
    else closeItem(false);
  } else if (r.page === 'dashboard') renderDashboard(queueLabel);
  else if (r.page === 'audit') renderAudit();
  else if (r.page === 'accounts') renderAccounts();
  else renderForbidden();
}

document.addEventListener('click', (e) => {
  const a = e.target instanceof Element ? e.target.closest('a[data-nav]') : null;
  if (!a || !(e instanceof MouseEvent) || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  go(a.getAttribute('href'));
});
window.addEventListener('popstate', route);

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
  /** @type {Answer<Schemas['OperatorStatus']>} */
  const r = await api('GET', '/me/presence');
  if (r.ok && r.data) S.presence = r.data.presence;
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
            loadOffer();
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
  S.queues = r.data;
  renderQueues();
}

/** @param {Schemas['QueueSummary']} q */
function queueId(q) {
  return String(q.id || '');
}
/** @param {Schemas['QueueSummary']} q */
function queueName(q) {
  return String(q.name || '');
}
/** @param {Schemas['QueueSummary']} q */
function queueCount(q) {
  return Number(q.waiting || 0);
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

async function loadOffer() {
  const r = await api('GET', '/offers');
  if (!r.ok) return;
  showOffer(r.status === 204 ? null : r.data);
}

/** @param {Schemas['RoutingOffer']} o */
function offerId(o) {
  return String(o.offerId || '');
}
/** @param {Schemas['RoutingOffer']} o */
function offerItem(o) {
  return o.item.kind === 'Case' ? { code: o.item.id, conversationId: null } : { code: null, conversationId: o.item.id };
}

/** @type {ReturnType<typeof setInterval> | undefined} */
let offerTimer;

/** @param {Schemas['RoutingOffer'] | null} offer */
function showOffer(offer) {
  const box = $('#offer');
  S.offer = offer;
  clear(box);
  clearInterval(offerTimer);
  if (!offer || !offerId(offer)) {
    box.hidden = true;
    flashTitle(false);
    return;
  }
  const id = offerId(offer);
  const item = offerItem(offer);
  const deadline = offer.deadline;
  const countdown = h('span', { class: 'countdown' });
  const tick = () => {
    if (!deadline) return;
    const left = Math.round((new Date(deadline).getTime() - Date.now()) / 1000);
    countdown.textContent = left > 0 ? ' · sisa ' + left + ' detik' : ' · waktu habis';
    if (left <= -2) loadOffer();
  };
  tick();
  offerTimer = setInterval(tick, 1000);
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
  const queue = offer.queue;
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

/** @param {Answer<Schemas['ClaimView']>} r */
function claimStatus(r) {
  return r.data ? r.data.status : '';
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
    loadOffer();
    return { ok: false, error: CLAIM_REFUSAL[status] || 'Tidak dapat diambil (' + status + ').' };
  }
  /** @type {Schemas['ClaimView']} */
  const claim = r.data;
  openFromItem(claim.id ? (claim.kind === 'Case' ? { code: claim.id } : { conversationId: claim.id }) : fallback || {});
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
  /** @type {Schemas['CaseListItem'][]} */
  let cases = r.data;
  if (S.filters.status === 'open') cases = cases.filter((c) => OPEN.includes(statusName(c.status)));
  S.cases = cases;
  renderCaseList();
}

function caseCode(c) {
  return String(c.code || '');
}

function renderCaseList() {
  const ul = $('#case-list');
  if (!ul) return;
  clear(ul);
  if (!S.cases.length) ul.append(h('li', { class: 'muted' }, 'Tidak ada kasus.'));
  for (const c of /** @type {Schemas['CaseListItem'][]} */ (S.cases)) {
    const code = caseCode(c);
    const selected = S.open && S.open.code === code;
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
          statusBadge(c.status),
          Number(c.priority || 0) > 0 ? h('span', { class: 'badge prio', title: 'Prioritas' }, '★') : null,
        ),
        h('span', { class: 'name' }, String(c.fullName || '')),
        h('span', { class: 'meta' }, queueLabel(String(c.queue || '')), ' · ', when(c.createdAt)),
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
    /** @type {Schemas['CaseView']} */
    const c = r.data;
    S.caseData = c;
    open.conversationId = c.conversationId;
    renderCase();
  } else {
    clear($('#case-card'));
  }
  if (open.conversationId) await loadConversation();
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

/** @param {Schemas['CaseView']} c */
function caseCard(c) {
  const code = caseCode(c);
  const status = statusName(c.status);
  const fields = c.fields || {};
  const nikMasked = String(c.maskedNik || '');
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
          /** @type {Schemas['RevealedNik']} */
          const revealed = r.data;
          const nik = revealed.nik;
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
  fact('Nama', String(c.fullName || ''));
  fact('NIK', nikSpan, ' ', reveal);
  fact('Layanan', String(c.service || ''));
  fact('Antrean', queueLabel(String(c.queue || '')));
  fact('Dibuat', when(c.createdAt, fullFmt));
  const phone = c.maskedPhone;
  if (phone) fact('WhatsApp', String(phone));
  const tracking = c.trackingNumber;
  if (tracking) fact('No. resi Pos', String(tracking));
  for (const [k, v] of Object.entries(fields)) {
    if (v === null || v === undefined || v === '' || k === 'fullName' || k === 'nik') continue;
    let shown = String(v);
    if (k === 'delivery') shown = v === 'pos' ? 'Dikirim via Pos (Rp14.000)' : v === 'kantor' ? 'Diambil di kantor' : shown;
    if (k === 'rating') shown = '★'.repeat(Math.max(0, Math.min(5, Number(v) || 0))) + ' (' + v + '/5)';
    fact(FIELD_LABEL[k] || k, shown);
  }

  const attachments = c.attachments;
  const media = attachments.length ? h('div', { class: 'media-list' }, attachments.map(mediaView)) : null;

  const history = c.history;
  const hist = h(
    'ol',
    { class: 'history' },
    history.map((e) =>
      h('li', null, statusBadge(e.status), ' ', when(e.at, fullFmt), ' · ', String(e.by || ''), e.note ? ' — ' + e.note : ''),
    ),
  );

  const notes = c.notes;
  const noteList = h(
    'ul',
    { class: 'notes' },
    notes.map((n) =>
      h(
        'li',
        null,
        h('span', { class: 'meta' }, String(n.author || ''), ' · ', when(n.at)),
        h('p', { class: 'text' }, String(n.text || '')),
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

/**
 * @param {Schemas['CaseView']} c
 * @param {string} code
 * @param {string} status
 */
function statusActions(c, code, status) {
  const box = h('div', { class: 'actions status-actions' });
  const fields = c.fields || {};
  const move = (button, payload, okText) =>
    act(
      button,
      async () => {
        const r = await api('POST', '/cases/' + enc(code) + '/status', payload);
        if (r.ok) {
          /** @type {Schemas['CaseChangeView']} */
          const change = r.data;
          if (change.noticeFailed)
            toast('Status berubah, tetapi pesan ke warga belum terkirim. ' + (change.message || ''), 'error');
          S.caseData = change.case;
        }
        refreshSoon({ caseCode: code });
        return r;
      },
      okText,
    );
  const next = c.nextStatuses;
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

/** @param {Schemas['MediaLink']} m */
function mediaView(m) {
  const url = m.url;
  const type = m.contentType || '';
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

/** @param {Schemas['ConversationView']} c */
function convMode(c) {
  return c.mode;
}
/** @param {Schemas['ConversationView']} c */
function convOperator(c) {
  return c.operator || '';
}
/** @param {Schemas['ConversationView']} c */
function heldByMe(c) {
  return convMode(c) === 'WithOperator' && convOperator(c).toLowerCase() === ME.userName.toLowerCase();
}

function renderConversation() {
  const card = $('#conv-card');
  if (!card || !S.conv) return;
  const old = $('.transcript', card);
  const atBottom = !old || old.scrollHeight - old.scrollTop - old.clientHeight < 40;
  const key = [convMode(S.conv), convOperator(S.conv), S.conv.insideWindow !== false].join('|');
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

/**
 * @param {Schemas['ConversationView']} c
 * @param {boolean} partsOnly
 */
function conversationCard(c, partsOnly) {
  const id = String(c.id || S.open.conversationId);
  const mode = convMode(c);
  const operator = convOperator(c);
  const inside = c.insideWindow;
  const closes = c.windowClosesAt;
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

  const entries = c.transcript;
  const transcript = h(
    'ol',
    { class: 'transcript', 'aria-label': 'Transkrip percakapan', 'aria-live': 'polite' },
    entries.map(messageView),
  );
  if (!entries.length) transcript.append(h('li', { class: 'muted' }, 'Belum ada pesan.'));

  const who = [c.profileName, c.maskedPhone].filter(Boolean).join(' · ');
  const related = c.cases;
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
              caseCode(k) + ' (' + (STATUS_LABEL[statusName(k.status)] || '') + ')',
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

/** @param {Schemas['TranscriptLine'] } e */
function speakerOf(e) {
  if (e.kind === 'note') return 'Note';
  return e.speaker;
}

/** @param {Schemas['TranscriptLine']} e */
function messageView(e) {
  const speaker = speakerOf(e);
  const author = e.author;
  const text = String(e.text || '');
  const media = e.media;
  const outbound = speaker === 'Bot' || speaker === 'Operator';
  const ds = e.delivery;
  return h(
    'li',
    { class: 'msg sp-' + speaker, data: { speaker, id: e.id } },
    h('div', { class: 'meta' }, SPEAKER_LABEL[speaker] || speaker, author ? ' · ' + author : '', ' · ', when(e.at, timeFmt)),
    text ? h('div', { class: 'text' }, formatted(text)) : null,
    media.length ? h('div', { class: 'media-list' }, media.map(mediaView)) : null,
    outbound && ds ? tickView(ds, e.deliveryError) : null,
  );
}

/**
 * @param {string} v
 * @param {string | null} error
 */
function tickView(v, error) {
  const s = String(v || '').toLowerCase();
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
    if (error) label += ' (' + error + ')';
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
      const text = String(item.filled || '');
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
      items.forEach((it, i) => sel.append(h('option', { value: String(i) }, String(it.title || '#' + (i + 1)))));
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
  const c = S.caseData;
  const n = name.toLowerCase();
  if (c && /^(name|nama|fullname|nama_lengkap)$/.test(n)) return String(c.fullName || '');
  if (c && /^(code|kode|casecode|kode_kasus)$/.test(n)) return caseCode(c);
  if (c && /(resi|tracking)/.test(n)) return String(c.trackingNumber || '');
  if (/^(operator|petugas)$/.test(n)) return ME.displayName;
  return '';
}

async function loadCanned(conversationId) {
  const r = await api('GET', '/canned-responses' + (conversationId ? '?conversation=' + enc(conversationId) : ''));
  S.canned = r.ok ? r.data : [];
  return S.canned;
}

async function loadTemplates() {
  if (S.templates) return S.templates;
  const r = await api('GET', '/templates');
  S.templates = r.ok ? r.data : [];
  return S.templates;
}

/** @param {Schemas['TemplateView']} t */
function templateVariables(t) {
  return t.variables.map((x) => ({ key: x, label: x }));
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
    preview.textContent = String(t.text || '');
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
        const r = await api('POST', path + '/template', { name: String(t.name), variables });
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
    items.forEach((t, i) => sel.append(h('option', { value: String(i) }, String(t.title || '#' + (i + 1)))));
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

/** @type {ReturnType<typeof setTimeout> | undefined} */
let dashTimer;

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
    clearTimeout(dashTimer);
    dashTimer = setTimeout(() => loadDashboard(), 1000);
  }
}

function onEvent(type, raw) {
  let data;
  try {
    data = raw ? JSON.parse(raw) : {};
  } catch {
    data = {};
  }
  const kind = String(type && type !== 'message' ? type : data.type || 'message');
  body.dataset.lastEvent = kind;
  if (/offer/i.test(kind)) {
    loadOffer();
    return;
  }
  if (/presence/i.test(kind)) {
    if (S.page === 'dashboard') refreshSoon({});
    loadMe();
    return;
  }
  if (/ping|heartbeat|hello|ready/i.test(kind)) return;
  refreshSoon({ caseCode: data.caseCode, conversationId: data.conversationId });
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
    loadOffer();
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

// ---------------------------------------------------------------------------------------------- start

function start() {
  renderPresence();
  route();
  loadMe();
  loadQueues();
  loadOffer();
  connect();
  // A safety net when the event stream is cut (proxies, phones going to sleep): offers and lists every 20 s.
  setInterval(() => {
    loadOffer();
    refreshSoon({});
  }, 20000);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) {
      refreshSoon({});
      loadOffer();
    }
  });
  body.dataset.ready = 'true';
}

start();
