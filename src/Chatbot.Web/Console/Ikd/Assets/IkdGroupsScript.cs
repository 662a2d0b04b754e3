namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// /console/ikd/groups: a coordinator's group bookings (staff see every institution's): the list, a new booking (a
/// session open to all or reserved for the institution, the unit, the number of people, an optional roster pasted as
/// "Nama;NIK" lines), and the detail: the invitation code with the words to send, who has claimed, who has not yet,
/// the seats still unclaimed, and cancelling.
/// </summary>
internal static class IkdGroupsScript
{
    public const string Text = """
(() => {
  'use strict';
  const K = window.Ikd;
  const { app, el, replace, empty, call, busy, toast } = K;
  const S = { groups: [], sessions: [], institutions: [], open: null };

  const list = el('div#groups', null, el('p.muted', null, 'Memuat…'));
  const detail = el('section.card#group-detail', { hidden: true });
  const formCard = el('section.card#group-form-card', { hidden: true });
  replace(app,
    el('div.page-head', null, el('h1', null, 'Pendaftaran rombongan IKD'),
      el('button#new-group', { type: 'button', on: { click: openForm } }, '+ Daftarkan rombongan')),
    el('p.muted', null, K.me.coordinator
      ? 'Pesan kursi sesi aktivasi IKD untuk orang-orang di unit Anda. Setiap orang mengklaim kursinya sendiri dengan mengirim kode undangan ke WhatsApp Disdukcapil.'
      : 'Pendaftaran rombongan semua instansi. Pilih instansi saat mendaftarkan atas nama koordinatornya.'),
    formCard, detail, el('section.card', null, el('h2', null, 'Rombongan'), list));

  const codeOf = (g) => String(g.code || '');
  const sessionOf = (g) => (g.session && typeof g.session === 'object' ? g.session : S.sessions.find((s) => s.id === g.sessionId) || null);
  const sessionText = (g) => { const s = sessionOf(g); return s ? K.sessionLabel(s) : String(g.session || g.sessionId || ''); };

  // ------------------------------------------------------------------ list

  async function loadGroups() {
    const r = await call('GET', '/groups');
    if (!r.ok) { replace(list, el('p.error', null, r.error)); return; }
    S.groups = Array.isArray(r.data) ? r.data : [];
    renderList();
  }

  function renderList() {
    if (!S.groups.length) { replace(list, el('p.muted', null, 'Belum ada rombongan.')); return; }
    const head = ['Kode undangan', 'Sesi', K.me.coordinator ? null : 'Instansi', 'Unit', 'Kursi', 'Sudah klaim', 'Status'].filter(Boolean);
    replace(list, el('div.table-wrap', null, el('table#groups-table', null,
      el('thead', null, el('tr', null, head.map((t) => el('th', null, t)))),
      el('tbody', null, S.groups.map((g) => el('tr.clickable' + (S.open === codeOf(g) ? '.selected' : ''), {
        data: { group: codeOf(g), institution: g.institutionId }, tabindex: 0,
        on: { click: () => openGroup(codeOf(g)), keydown: (e) => { if (e.key === 'Enter') openGroup(codeOf(g)); } },
      },
      el('td.code', null, codeOf(g)), el('td', null, sessionText(g)),
      K.me.coordinator ? null : el('td', null, g.institutionName || g.institutionId || ''),
      el('td', null, g.unit || ''), el('td', null, K.num(g.seats)), el('td.claimed', null, K.num(g.claimed)),
      el('td', null, g.cancelled ? el('span.badge.bs-Cancelled', null, 'Dibatalkan') : el('span.badge.ss-Open', null, 'Aktif'))))))));
  }

  // ------------------------------------------------------------------ detail

  function invitation(code) {
    const words = 'Kirim kode ' + code + ' ke WhatsApp Disdukcapil';
    const copy = el('button.secondary.small', { type: 'button', on: { click: async () => {
      try { await navigator.clipboard.writeText(words); toast('Pesan disalin.', 'ok'); } catch { toast('Salin manual: ' + words, 'info'); }
    } } }, 'Salin pesan');
    return el('div.invite', null,
      el('p', null, 'Kode undangan'),
      el('strong.code#invite-code', null, code),
      el('p.say#invite-text', null, words),
      el('p.hint', null, 'Bagikan pesan ini kepada orang-orang di unit Anda. Setiap orang mengirim kode tersebut dari nomor WhatsApp-nya sendiri, lalu mengisi NIK dan nama. Satu orang satu kursi.'),
      copy);
  }

  async function openGroup(code) {
    S.open = code;
    if (location.hash.slice(1) !== code) history.replaceState(null, '', '#' + encodeURIComponent(code));
    renderList();
    detail.hidden = false;
    replace(detail, el('p.muted', null, 'Memuat…'));
    const r = await call('GET', '/groups/' + encodeURIComponent(code));
    if (!r.ok) { replace(detail, el('p.error', null, r.error)); return; }
    const d = r.data || {};
    const g = d.group || {};
    // The detail is newer than the list: its row shows the same claims.
    S.groups = S.groups.map((x) => (codeOf(x) === codeOf(g) ? g : x));
    renderList();
    const claims = Array.isArray(d.claims) ? d.claims : [];
    const roster = Array.isArray(d.roster) ? d.roster : [];
    const waiting = roster.filter((m) => !m.claimed);
    const unclaimed = d.unclaimedSeats !== undefined ? Number(d.unclaimedSeats) : Math.max(0, (Number(g.seats) || 0) - (Number(g.claimed) || 0));
    const cancel = el('button.danger', { type: 'button', data: { action: 'cancel-group' }, disabled: !!g.cancelled, on: { click: (e) => cancelGroup(g, e.currentTarget) } }, 'Batalkan rombongan');
    replace(detail,
      el('div.card-head', null, el('h2', null, 'Rombongan ' + (g.unit || '')),
        el('button.secondary.small', { type: 'button', on: { click: () => { S.open = null; detail.hidden = true; history.replaceState(null, '', location.pathname); renderList(); } } }, 'Tutup')),
      g.cancelled ? el('p.warning', null, 'Rombongan ini dibatalkan: kode tidak bisa dipakai lagi. Yang sudah klaim tetap memegang kursinya.') : invitation(codeOf(g)),
      el('dl.facts', { data: { group: codeOf(g) } },
        el('dt', null, 'Sesi'), el('dd', null, sessionText(g)),
        el('dt', null, 'Instansi'), el('dd', null, g.institutionName || g.institutionId || ''),
        el('dt', null, 'Unit'), el('dd', null, g.unit || ''),
        el('dt', null, 'Kursi'), el('dd', null, K.num(g.seats)),
        el('dt', null, 'Sudah klaim'), el('dd#claimed-count', null, K.num(g.claimed)),
        el('dt', null, 'Kursi belum diklaim'), el('dd#unclaimed-seats', { data: { value: unclaimed } }, K.num(unclaimed))),
      K.bar(K.ratio(Number(g.claimed) || 0, Number(g.seats) || 0)),
      el('h3', null, 'Sudah klaim (' + claims.length + ')'),
      claims.length ? el('div.table-wrap', null, el('table#claims-table', null,
        el('thead', null, el('tr', null, ['Nama', 'NIK', 'Kode', 'Status'].map((t) => el('th', null, t)))),
        el('tbody', null, claims.map((b) => el('tr', { data: { code: b.code, status: b.status } },
          el('td', null, b.fullName || ''), el('td.nik', null, b.nikMasked || ''), el('td.code', null, b.code || ''),
          el('td', null, K.badge('bs', b.status, K.BOOKING))))))) : el('p.muted', null, 'Belum ada yang klaim.'),
      roster.length ? [el('h3', null, 'Belum klaim dari daftar (' + waiting.length + ')'),
        waiting.length ? el('ul#not-claimed', null, waiting.map((m) => el('li', { data: { name: m.name } }, m.name || '', m.nikMasked ? el('span.nik.muted', null, ' · ' + m.nikMasked) : null)))
          : el('p.muted', null, 'Semua orang di daftar sudah klaim.')] : null,
      el('div.actions', null, cancel));
  }

  async function cancelGroup(g, button) {
    if (!confirm('Batalkan rombongan ' + codeOf(g) + '? Kursi yang belum diklaim dikembalikan ke sesi dan kode tidak bisa dipakai lagi.')) return;
    await busy(button, async () => {
      const r = await call('POST', '/groups/' + encodeURIComponent(codeOf(g)) + '/cancel');
      if (!r.ok) { toast(r.error, 'error'); return; }
      toast('Rombongan dibatalkan.', 'ok');
      await loadGroups();
      await openGroup(codeOf(g));
    });
  }

  // ------------------------------------------------------------------ a new group booking

  /** "Nama;NIK" per line (NIK optional); the lines that are not right, by number. */
  function parseRoster(text) {
    const roster = [], wrong = [];
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      const [name, nik = ''] = line.split(/[;\t]/).map((p) => p.trim());
      const digits = nik.replace(/\s/g, '');
      if (!name || (digits && !/^\d{16}$/.test(digits))) { wrong.push(i + 1); return; }
      roster.push(digits ? { name, nik: digits } : { name });
    });
    return { roster, wrong };
  }

  function sessionChoices(select, institution) {
    const now = new Date();
    const open = S.sessions.filter((s) => s.status === 'Open' && Number(s.seatsLeft) > 0 && new Date(s.startsAt) > now
      && (!s.reservedFor || s.reservedFor === institution));
    replace(select, el('option', { value: '' }, open.length ? '— Pilih sesi —' : 'Tidak ada sesi yang bisa dipesan'),
      open.map((s) => el('option', { value: s.id }, K.sessionLabel(s) + ' · sisa ' + K.num(s.seatsLeft) + ' kursi' + (s.reservedFor ? ' · khusus ' + (s.reservedForName || s.reservedFor) : ''))));
  }

  function openForm() {
    const institution = el('select#g-institution', { name: 'institutionId', required: true },
      el('option', { value: '' }, '— Pilih instansi —'), S.institutions.map((i) => el('option', { value: i.id }, i.name)));
    const session = el('select#g-session', { name: 'sessionId', required: true });
    const unit = el('input#g-unit', { name: 'unit', type: 'text', maxlength: 120, required: true, placeholder: 'mis. Bagian Tenun 2' });
    const seats = el('input#g-seats', { name: 'seats', type: 'number', min: 1, max: 2000, step: 1, required: true, value: '10' });
    const roster = el('textarea#g-roster', { name: 'roster', rows: 5, placeholder: 'Siti Aminah;3372014506900003\nBudi Santoso' });
    const rosterCount = el('p.hint#g-roster-count');
    const submit = el('button', { type: 'submit', data: { action: 'create-group' } }, 'Daftarkan');
    const mine = () => (K.me.coordinator ? K.me.institution : institution.value);
    sessionChoices(session, mine());
    institution.addEventListener('change', () => sessionChoices(session, mine()));
    roster.addEventListener('input', () => {
      const p = parseRoster(roster.value);
      rosterCount.textContent = p.roster.length ? p.roster.length + ' orang di daftar' + (p.wrong.length ? ' · baris salah: ' + p.wrong.join(', ') : '') : '';
      if (p.roster.length > (Number(seats.value) || 0)) seats.value = String(p.roster.length);
    });
    const form = el('form.form#group-form', null,
      el('h2', null, 'Rombongan baru'),
      K.me.coordinator ? null : K.field('Instansi', institution, 'institutionId'),
      K.field('Sesi', session, 'sessionId', 'Sesi terbuka untuk umum atau khusus untuk instansi ini.'),
      K.field('Unit kerja', unit, 'unit'),
      K.field('Jumlah orang (kursi)', seats, 'seats'),
      el('div.field', { data: { field: 'roster' } }, el('label', { for: 'g-roster' }, 'Daftar nama (tidak wajib)'), roster,
        el('p.hint.roster-help', null, 'Satu orang per baris: Nama;NIK (NIK boleh kosong).'), rosterCount, K.slot('roster')),
      el('p.form-error', { role: 'alert' }),
      el('div.inline', null, submit, el('button.secondary', { type: 'button', on: { click: () => { formCard.hidden = true; empty(formCard); } } }, 'Tutup')));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      K.clearErrors(form);
      const parsed = parseRoster(roster.value);
      if (parsed.wrong.length) { K.showErrors(form, { fields: { roster: 'Baris ' + parsed.wrong.join(', ') + ' salah: tulis Nama;NIK dengan NIK 16 angka, atau nama saja.' } }); return; }
      const payload = { sessionId: session.value, unit: unit.value.trim(), seats: Number(seats.value) };
      if (parsed.roster.length) payload.roster = parsed.roster;
      if (!K.me.coordinator) payload.institutionId = institution.value;
      await busy(submit, async () => {
        const r = await call('POST', '/groups', payload);
        if (!r.ok) { K.showErrors(form, r); return; }
        formCard.hidden = true;
        empty(formCard);
        toast('Rombongan didaftarkan. Bagikan kode undangannya.', 'ok');
        await Promise.all([loadGroups(), loadSessions()]);
        await openGroup(codeOf(r.data || {}));
        detail.scrollIntoView({ block: 'start' });
      });
    });
    replace(formCard, form);
    formCard.hidden = false;
    (K.me.coordinator ? session : institution).focus();
  }

  async function loadSessions() {
    const r = await call('GET', '/sessions?from=' + K.today() + '&to=' + K.addDays(K.today(), 120));
    S.sessions = r.ok && Array.isArray(r.data) ? r.data : [];
  }

  async function start() {
    const institutions = K.me.coordinator ? null : call('GET', '/institutions');
    await Promise.all([loadSessions(), loadGroups()]);
    const i = institutions ? await institutions : null;
    S.institutions = i && i.ok && Array.isArray(i.data) ? i.data : [];
    renderList();
    const wanted = location.hash.slice(1);
    if (wanted) await openGroup(decodeURIComponent(wanted));
    document.body.dataset.ready = 'true';
  }

  start();
})();
""";
}
