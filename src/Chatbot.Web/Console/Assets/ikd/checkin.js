// @ts-check
import * as K from './ikd.js';
import { h, replace, clear, busy, toast } from '../lib/dom.js';
import { api } from '../lib/api.js';
const { app } = K;

const q = h('input#q', {
  type: 'search',
  name: 'q',
  autocomplete: 'off',
  autocapitalize: 'characters',
  spellcheck: 'false',
  enterkeyhint: 'search',
  placeholder: 'IKD-XXXXXX atau NIK',
  'aria-describedby': 'q-hint',
  maxlength: 40,
});
const find = h('button', { type: 'submit', data: { action: 'find' } }, 'Cari');
const search = h(
  'form#find-form',
  { role: 'search' },
  h('label', { for: 'q' }, 'Kode booking atau NIK'),
  h('div.search-row', null, q, find),
  h('p.hint#q-hint', null, 'Kode dari WhatsApp warga (IKD-XXXXXX) atau 16 angka NIK di e-KTP.'),
  K.slot('q'),
);
const result = h('div#result', { 'aria-live': 'polite' });
const found = h('div#found');
replace(app, h('div.checkin', null, h('h1', null, 'Check-in aktivasi IKD'), h('section.card', null, search), result, found));

search.addEventListener('submit', async (e) => {
  e.preventDefault();
  K.clearErrors(search);
  const text = q.value.trim();
  const digits = text.replace(/[\s.-]/g, '');
  if (!text) {
    K.showErrors(search, { fields: { q: 'Ketik kode booking atau NIK.' } });
    q.focus();
    return;
  }
  if (/^\d+$/.test(digits) && digits.length !== 16) {
    K.showErrors(search, { fields: { q: 'NIK harus 16 angka (sekarang ' + digits.length + ').' } });
    q.focus();
    return;
  }
  await busy(find, async () => {
    clear(found);
    const r = await api('GET', '/ikd/checkin/find?q=' + encodeURIComponent(/^\d+$/.test(digits) ? digits : text));
    if (!r.ok) {
      K.showErrors(search, {
        fields: { q: r.status === 404 ? 'Tidak ditemukan: ' + text + '. Periksa kode atau NIK.' : r.fields.q || r.error },
      });
      q.select();
      return;
    }
    clear(result);
    show(r.data && r.data.booking, r.data && r.data.session);
  });
});

function show(b, s) {
  if (!b) return;
  const start = s ? K.at(s.startsAt) : { date: '', time: '' },
    end = s ? K.at(s.endsAt) : { time: '' };
  const closed = b.status !== 'Booked';
  const notToday = start.date && start.date !== K.today();
  const card = h(
    'section.card.found',
    { data: { code: b.code, status: b.status } },
    h('h2#found-name', null, b.fullName || ''),
    h(
      'dl.facts',
      null,
      h('dt', null, 'Kode'),
      h('dd.code', null, b.code || ''),
      h('dt', null, 'NIK'),
      h('dd.nik', null, b.nikMasked || ''),
      h('dt', null, 'Sesi'),
      h(
        'dd',
        null,
        s ? K.dayLong(start.date) + ', ' + K.clock(start.time) + '–' + K.clock(end.time) : '–',
        s ? h('br') : null,
        s ? (s.areaName || '') + ' · ' + (s.place || '') : null,
      ),
      h('dt', null, 'Status'),
      h('dd', null, K.badge('bs', b.status, K.BOOKING), b.failure ? ' ' + (K.FAILURE[b.failure] || b.failure) : null),
    ),
    notToday ? h('p.warning', null, 'Perhatian: sesi warga ini bukan hari ini (' + K.dayLong(start.date) + ').') : null,
    b.status === 'Cancelled'
      ? h('p.warning', null, 'Booking ini sudah dibatalkan. Warga perlu mendaftar lagi lewat WhatsApp.')
      : outcomes(b, closed),
  );
  replace(found, card);
  const first = /** @type {HTMLElement | null} */ (card.querySelector('[data-outcome]'));
  if (first) first.focus();
  else q.select();
}

function outcomes(b, closed) {
  const failPanel = failurePanel(b);
  return h(
    'div',
    null,
    closed ? h('p.hint', null, 'Hasil sudah dicatat. Pilih lagi hanya untuk mengoreksi.') : null,
    h(
      'div.outcomes',
      null,
      h(
        'button.ok',
        {
          type: 'button',
          data: { outcome: 'Activated' },
          on: { click: (e) => record(b, { status: 'Activated' }, e.currentTarget) },
        },
        '✓ Aktif',
      ),
      h(
        'button.danger',
        {
          type: 'button',
          data: { outcome: 'Failed' },
          'aria-expanded': 'false',
          on: {
            click: (e) => {
              failPanel.hidden = !failPanel.hidden;
              /** @type {HTMLElement} */ (e.currentTarget).setAttribute('aria-expanded', String(!failPanel.hidden));
              if (!failPanel.hidden) failPanel.querySelector('input').focus();
            },
          },
        },
        '✗ Gagal',
      ),
      failPanel,
      h(
        'button.warn',
        { type: 'button', data: { outcome: 'NoShow' }, on: { click: (e) => record(b, { status: 'NoShow' }, e.currentTarget) } },
        'Tidak hadir',
      ),
    ),
  );
}

function failurePanel(b) {
  const note = h('textarea#fail-note', { name: 'note', rows: 2, maxlength: 300, placeholder: 'Catatan (tidak wajib)' });
  const save = h('button.danger.big-button', { type: 'submit', data: { action: 'confirm-failed' } }, 'Simpan: Gagal');
  const form = h(
    'form#fail-form',
    { hidden: true },
    h(
      'fieldset.reasons',
      null,
      h('legend', null, 'Alasan gagal (wajib dipilih)'),
      Object.entries(K.FAILURE).map(([value, label]) =>
        h('label', null, h('input', { type: 'radio', name: 'failure', value }), label),
      ),
    ),
    K.slot('failure'),
    h('label', { for: 'fail-note' }, 'Catatan'),
    note,
    K.slot('note'),
    h('p.form-error', { role: 'alert' }),
    save,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const picked = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name=failure]:checked'));
    if (!picked) {
      K.showErrors(form, { fields: { failure: 'Pilih alasan gagal.' } });
      form.querySelector('input').focus();
      return;
    }
    record(b, { status: 'Failed', failure: picked.value, note: note.value.trim() || undefined }, save, form);
  });
  return form;
}

async function record(b, outcome, button, form) {
  await busy(button, async () => {
    const r = await api('POST', '/ikd/bookings/' + encodeURIComponent(b.code) + '/outcome', outcome);
    if (!r.ok) {
      if (form) K.showErrors(form, r);
      else toast(r.error, 'error');
      return;
    }
    const saved = r.data || {};
    const status = saved.status || outcome.status;
    const failure = saved.failure || outcome.failure;
    const title =
      status === 'Activated'
        ? '✓ IKD aktif'
        : status === 'Failed'
          ? '✗ Gagal: ' + (K.FAILURE[failure] || failure || '')
          : 'Tidak hadir';
    replace(
      result,
      h(
        'section.result.r-' + status,
        { role: 'status', data: { code: saved.code || b.code, status } },
        h('p.big', null, title),
        h(
          'p',
          null,
          h('strong', null, saved.fullName || b.fullName || ''),
          ' · ',
          saved.code || b.code,
          ' · NIK ',
          saved.nikMasked || b.nikMasked || '',
        ),
        h('p.muted', null, 'Tercatat. Siap untuk warga berikutnya.'),
      ),
    );
    clear(found);
    q.value = '';
    q.focus();
  });
}

q.focus();
document.body.dataset.ready = 'true';
