namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// /console/ikd/checkin: the officer at the session, on a phone. One big search box (booking code or NIK), the booking
/// found, three big buttons (Aktif, Gagal with a required reason, Tidak hadir), the result confirmed on screen, and the
/// search box focused again for the next person.
/// </summary>
internal static class IkdCheckInScript
{
    public const string Text = """
(() => {
  'use strict';
  const K = window.Ikd;
  const { app, el, replace, empty, call, busy } = K;

  const q = el('input#q', {
    type: 'search', name: 'q', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', enterkeyhint: 'search',
    placeholder: 'IKD-XXXXXX atau NIK', 'aria-describedby': 'q-hint', maxlength: 40,
  });
  const find = el('button', { type: 'submit', data: { action: 'find' } }, 'Cari');
  const search = el('form#find-form', { role: 'search' },
    el('label', { for: 'q' }, 'Kode booking atau NIK'),
    el('div.search-row', null, q, find),
    el('p.hint#q-hint', null, 'Kode dari WhatsApp warga (IKD-XXXXXX) atau 16 angka NIK di e-KTP.'),
    K.slot('q'));
  const result = el('div#result', { 'aria-live': 'polite' });
  const found = el('div#found');
  replace(app, el('div.checkin', null, el('h1', null, 'Check-in aktivasi IKD'), el('section.card', null, search), result, found));

  search.addEventListener('submit', async (e) => {
    e.preventDefault();
    K.clearErrors(search);
    const text = q.value.trim();
    const digits = text.replace(/[\s.-]/g, '');
    if (!text) { K.showErrors(search, { fields: { q: 'Ketik kode booking atau NIK.' } }); q.focus(); return; }
    if (/^\d+$/.test(digits) && digits.length !== 16) {
      K.showErrors(search, { fields: { q: 'NIK harus 16 angka (sekarang ' + digits.length + ').' } });
      q.focus();
      return;
    }
    await busy(find, async () => {
      empty(found);
      const r = await call('GET', '/checkin/find?q=' + encodeURIComponent(/^\d+$/.test(digits) ? digits : text));
      if (!r.ok) {
        K.showErrors(search, { fields: { q: r.status === 404 ? 'Tidak ditemukan: ' + text + '. Periksa kode atau NIK.' : r.fields.q || r.error } });
        q.select();
        return;
      }
      empty(result);
      show(r.data && r.data.booking, r.data && r.data.session);
    });
  });

  function show(b, s) {
    if (!b) return;
    const start = s ? K.at(s.startsAt) : { date: '', time: '' }, end = s ? K.at(s.endsAt) : { time: '' };
    const closed = b.status !== 'Booked';
    const notToday = start.date && start.date !== K.today();
    const card = el('section.card.found', { data: { code: b.code, status: b.status } },
      el('h2#found-name', null, b.fullName || ''),
      el('dl.facts', null,
        el('dt', null, 'Kode'), el('dd.code', null, b.code || ''),
        el('dt', null, 'NIK'), el('dd.nik', null, b.nikMasked || ''),
        el('dt', null, 'Sesi'), el('dd', null, s ? K.dayLong(start.date) + ', ' + K.clock(start.time) + '–' + K.clock(end.time) : '–',
          s ? el('br') : null, s ? (s.areaName || '') + ' · ' + (s.place || '') : null),
        el('dt', null, 'Status'), el('dd', null, K.badge('bs', b.status, K.BOOKING),
          b.failure ? ' ' + (K.FAILURE[b.failure] || b.failure) : null)),
      notToday ? el('p.warning', null, 'Perhatian: sesi warga ini bukan hari ini (' + K.dayLong(start.date) + ').') : null,
      b.status === 'Cancelled' ? el('p.warning', null, 'Booking ini sudah dibatalkan. Warga perlu mendaftar lagi lewat WhatsApp.') : outcomes(b, closed));
    replace(found, card);
    const first = card.querySelector('[data-outcome]');
    if (first) first.focus(); else q.select();
  }

  function outcomes(b, closed) {
    const failPanel = failurePanel(b);
    return el('div', null,
      closed ? el('p.hint', null, 'Hasil sudah dicatat. Pilih lagi hanya untuk mengoreksi.') : null,
      el('div.outcomes', null,
        el('button.ok', { type: 'button', data: { outcome: 'Activated' }, on: { click: (e) => record(b, { status: 'Activated' }, e.currentTarget) } }, '✓ Aktif'),
        el('button.danger', { type: 'button', data: { outcome: 'Failed' }, 'aria-expanded': 'false', on: { click: (e) => {
          failPanel.hidden = !failPanel.hidden;
          e.currentTarget.setAttribute('aria-expanded', String(!failPanel.hidden));
          if (!failPanel.hidden) failPanel.querySelector('input').focus();
        } } }, '✗ Gagal'),
        failPanel,
        el('button.warn', { type: 'button', data: { outcome: 'NoShow' }, on: { click: (e) => record(b, { status: 'NoShow' }, e.currentTarget) } }, 'Tidak hadir')));
  }

  function failurePanel(b) {
    const note = el('textarea#fail-note', { name: 'note', rows: 2, maxlength: 300, placeholder: 'Catatan (tidak wajib)' });
    const save = el('button.danger.big-button', { type: 'submit', data: { action: 'confirm-failed' } }, 'Simpan: Gagal');
    const form = el('form#fail-form', { hidden: true },
      el('fieldset.reasons', null, el('legend', null, 'Alasan gagal (wajib dipilih)'),
        Object.entries(K.FAILURE).map(([value, label]) => el('label', null, el('input', { type: 'radio', name: 'failure', value }), label))),
      K.slot('failure'),
      el('label', { for: 'fail-note' }, 'Catatan'), note, K.slot('note'),
      el('p.form-error', { role: 'alert' }), save);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const picked = form.querySelector('input[name=failure]:checked');
      if (!picked) { K.showErrors(form, { fields: { failure: 'Pilih alasan gagal.' } }); form.querySelector('input').focus(); return; }
      record(b, { status: 'Failed', failure: picked.value, note: note.value.trim() || undefined }, save, form);
    });
    return form;
  }

  async function record(b, outcome, button, form) {
    await busy(button, async () => {
      const r = await call('POST', '/bookings/' + encodeURIComponent(b.code) + '/outcome', outcome);
      if (!r.ok) {
        if (form) K.showErrors(form, r); else K.toast(r.error, 'error');
        return;
      }
      const saved = r.data || {};
      const status = saved.status || outcome.status;
      const failure = saved.failure || outcome.failure;
      const title = status === 'Activated' ? '✓ IKD aktif' : status === 'Failed' ? '✗ Gagal: ' + (K.FAILURE[failure] || failure || '') : 'Tidak hadir';
      replace(result, el('section.result.r-' + status, { role: 'status', data: { code: saved.code || b.code, status } },
        el('p.big', null, title),
        el('p', null, el('strong', null, saved.fullName || b.fullName || ''), ' · ', saved.code || b.code, ' · NIK ', saved.nikMasked || b.nikMasked || ''),
        el('p.muted', null, 'Tercatat. Siap untuk warga berikutnya.')));
      empty(found);
      q.value = '';
      q.focus();
    });
  }

  q.focus();
  document.body.dataset.ready = 'true';
})();
""";
}
