// @ts-check
import * as K from './ikd.js';
import { h, replace, clear, busy, toast } from '../lib/dom.js';
import { api } from '../lib/api.js';
const { app } = K;
const S = { areas: [], institutions: [], sessions: [], editing: null };
const DEFAULT_PER_OFFICER = 50;

// Problem codes the API may give without naming a field.
const CODE_FIELD = {
  capacityBelowTaken: 'capacity',
  CapacityBelowTaken: 'capacity',
  unknownArea: 'areaId',
  unknownInstitution: 'reservedFor',
};

// ------------------------------------------------------------------ page

const from = h('input#from', { type: 'date', value: K.today(), 'aria-label': 'Dari tanggal' });
const to = h('input#to', { type: 'date', value: K.addDays(K.today(), 60), 'aria-label': 'Sampai tanggal' });
const list = h('div#sessions', { 'aria-live': 'polite' }, h('p.muted', null, 'Memuat…'));
const formCard = h('section.card#session-form-card', { hidden: true });
const cancelDialog = buildCancelDialog();

replace(
  app,
  h(
    'div.page-head',
    null,
    h('h1', null, 'Sesi aktivasi IKD'),
    K.me.supervisor ? h('button#new-session', { type: 'button', on: { click: () => openForm(null) } }, '+ Sesi baru') : null,
  ),
  K.me.supervisor
    ? null
    : h('p.muted', null, 'Anda dapat melihat sesi dan pesertanya. Membuat dan mengubah sesi hanya untuk supervisor atau admin.'),
  formCard,
  h(
    'section.card',
    null,
    h(
      'div.range',
      null,
      h('label', null, 'Dari', from),
      h('label', null, 'Sampai', to),
      h('button.secondary', { type: 'button', on: { click: loadSessions } }, 'Tampilkan'),
    ),
  ),
  list,
  cancelDialog,
);
from.addEventListener('change', loadSessions);
to.addEventListener('change', loadSessions);

// ------------------------------------------------------------------ list

async function loadSessions() {
  const r = await api('GET', '/ikd/sessions?from=' + encodeURIComponent(from.value) + '&to=' + encodeURIComponent(to.value));
  if (!r.ok) {
    replace(list, h('p.card.error', null, r.error));
    return;
  }
  S.sessions = Array.isArray(r.data) ? r.data : [];
  renderList();
}

function renderList() {
  if (!S.sessions.length) {
    replace(list, h('p.card.muted', null, 'Belum ada sesi pada rentang tanggal ini.'));
    return;
  }
  const days = new Map();
  for (const s of [...S.sessions].sort((a, b) => String(a.startsAt).localeCompare(String(b.startsAt)))) {
    const day = K.at(s.startsAt).date;
    if (!days.has(day)) days.set(day, []);
    days.get(day).push(s);
  }
  replace(
    list,
    [...days].map(([day, sessions]) =>
      h(
        'section.card.day',
        { data: { day } },
        h('h2', null, K.dayLong(day), h('span.muted', null, sessions.length + ' sesi')),
        sessions.map(sessionItem),
      ),
    ),
  );
  document.body.dataset.sessions = String(S.sessions.length);
}

function sessionItem(s) {
  const start = K.at(s.startsAt),
    end = K.at(s.endsAt);
  const capacity = Number(s.capacity) || 0,
    taken = Number(s.taken) || 0;
  const left = s.seatsLeft !== undefined && s.seatsLeft !== null ? Number(s.seatsLeft) : Math.max(0, capacity - taken);
  const cancelled = s.status === 'Cancelled';
  const notice = h('p.notice', { role: 'status' });
  const bookings = h('div.bookings', { hidden: true });
  const officers = Array.isArray(s.officers) ? s.officers : [];
  const item = h(
    'article.session' + (cancelled ? '.cancelled' : ''),
    { data: { sessionId: s.id, status: s.status } },
    h(
      'div.line1',
      null,
      h('span.time', null, K.clock(start.time) + '–' + K.clock(end.time)),
      h('strong.area', null, s.areaName || s.areaId || ''),
      K.badge('ss', s.status, K.SESSION),
      s.reservedFor
        ? h('span.badge.reserved', { data: { reservedFor: s.reservedFor } }, 'Khusus ' + (s.reservedForName || s.reservedFor))
        : null,
    ),
    h('p.place', null, (K.PLACE[s.placeKind] || s.placeKind || '') + ': ' + (s.place || '')),
    h('p.officers', null, 'Petugas: ' + (officers.join(', ') || '–') + ' (' + K.num(s.peoplePerOfficer) + ' orang per petugas)'),
    h(
      'p.seats',
      { data: { capacity, taken, left } },
      h('strong', null, K.num(taken) + ' / ' + K.num(capacity)),
      ' terisi · ',
      h('span.left', null, K.num(left) + ' kursi tersisa'),
    ),
    K.bar(K.ratio(taken, capacity)),
    h(
      'div.acts',
      null,
      h(
        'button.secondary.small',
        {
          type: 'button',
          data: { action: 'bookings' },
          'aria-expanded': 'false',
          on: { click: (e) => toggleBookings(s, bookings, e.currentTarget) },
        },
        'Peserta',
      ),
      K.me.supervisor && !cancelled
        ? [
            h('button.secondary.small', { type: 'button', data: { action: 'edit' }, on: { click: () => openForm(s) } }, 'Ubah'),
            h(
              'button.secondary.small',
              { type: 'button', data: { action: 'remind' }, on: { click: (e) => remind(s, e.currentTarget, notice) } },
              'Ingatkan sekarang',
            ),
            h(
              'button.danger.small',
              { type: 'button', data: { action: 'cancel' }, on: { click: () => askCancel(s) } },
              'Batalkan',
            ),
          ]
        : null,
    ),
    notice,
    bookings,
  );
  return item;
}

function sessionNotice(id, text) {
  const box = list.querySelector('article.session[data-session-id="' + CSS.escape(id) + '"] .notice');
  if (box) box.textContent = text;
}

async function toggleBookings(s, box, button) {
  if (!box.hidden) {
    box.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  box.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  replace(box, h('p.muted', null, 'Memuat peserta…'));
  const r = await api('GET', '/ikd/sessions/' + encodeURIComponent(s.id) + '/bookings');
  if (!r.ok) {
    replace(box, h('p.error', null, r.error));
    return;
  }
  const rows = Array.isArray(r.data) ? r.data : [];
  if (!rows.length) {
    replace(box, h('p.muted', null, 'Belum ada peserta.'));
    return;
  }
  replace(
    box,
    h(
      'div.table-wrap',
      null,
      h(
        'table.bookings-table',
        null,
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['Kode', 'NIK', 'Nama', 'Status', 'Keterangan'].map((t) => h('th', null, t)),
          ),
        ),
        h(
          'tbody',
          null,
          rows.map((b) =>
            h(
              'tr',
              { data: { code: b.code, status: b.status } },
              h('td.code', null, b.code || ''),
              h('td.nik', null, b.nikMasked || ''),
              h('td', null, b.fullName || ''),
              h('td', null, K.badge('bs', b.status, K.BOOKING)),
              h(
                'td',
                null,
                [b.failure ? K.FAILURE[b.failure] || b.failure : '', b.note || '', b.group ? 'Rombongan ' + b.group : '']
                  .filter(Boolean)
                  .join(' · '),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

async function remind(s, button, notice) {
  if (!confirm('Kirim pengingat sekarang ke semua warga yang terdaftar di sesi ini?')) return;
  await busy(button, async () => {
    const r = await api('POST', '/ikd/sessions/' + encodeURIComponent(s.id) + '/remind');
    if (!r.ok) {
      toast(r.error, 'error');
      return;
    }
    const text = 'Pengingat dikirim: ' + K.num(r.data && r.data.notified) + ' warga diberi tahu.';
    notice.textContent = text;
    toast(text, 'ok');
  });
}

// ------------------------------------------------------------------ cancel

function buildCancelDialog() {
  const reason = h('textarea#cancel-reason', {
    name: 'reason',
    rows: 3,
    maxlength: 300,
    required: true,
    placeholder: 'Contoh: petugas berhalangan, aula dipakai acara lain',
  });
  const what = h('p#cancel-what');
  const confirmButton = h('button.danger', { type: 'submit', data: { action: 'confirm-cancel' } }, 'Batalkan sesi');
  const form = h(
    'form#cancel-form',
    { method: 'dialog', novalidate: true },
    h('h2', null, 'Batalkan sesi?'),
    what,
    h('p.hint', null, 'Semua warga yang terdaftar diberi tahu lewat WhatsApp dan ditawari sesi lain.'),
    h('label', { for: 'cancel-reason' }, 'Alasan (dikirim ke warga)'),
    reason,
    K.slot('reason'),
    h('p.form-error', { role: 'alert' }),
    h(
      'div.acts',
      null,
      h('button.secondary', { type: 'button', value: 'back', on: { click: () => dialog.close() } }, 'Kembali'),
      confirmButton,
    ),
  );
  const dialog = h('dialog#cancel-dialog', null, form);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const s = S.cancelling;
    if (!s) return;
    K.clearErrors(form);
    if (!reason.value.trim()) {
      K.showErrors(form, { fields: { reason: 'Tuliskan alasan pembatalan.' } });
      reason.focus();
      return;
    }
    await busy(confirmButton, async () => {
      const r = await api('POST', '/ikd/sessions/' + encodeURIComponent(s.id) + '/cancel', { reason: reason.value.trim() });
      if (!r.ok) {
        K.showErrors(form, r);
        return;
      }
      dialog.close();
      const notified = K.num(r.data && r.data.notified);
      await loadSessions();
      sessionNotice(s.id, 'Sesi dibatalkan. ' + notified + ' warga diberi tahu.');
      toast('Sesi dibatalkan. ' + notified + ' warga diberi tahu.', 'ok');
    });
  });
  return dialog;
}

function askCancel(s) {
  S.cancelling = s;
  const start = K.at(s.startsAt);
  cancelDialog.querySelector('#cancel-what').textContent =
    K.dayLong(start.date) +
    ', ' +
    K.clock(start.time) +
    ' · ' +
    (s.areaName || '') +
    ' · ' +
    (s.place || '') +
    ' (' +
    K.num(s.taken) +
    ' kursi terisi)';
  const form = cancelDialog.querySelector('form');
  K.clearErrors(form);
  form.reset();
  cancelDialog.showModal();
  /** @type {HTMLElement} */ (cancelDialog.querySelector('#cancel-reason')).focus();
}

// ------------------------------------------------------------------ create and edit

function option(value, label, selected) {
  return h('option', { value, selected: selected || undefined }, label);
}

function openForm(session) {
  S.editing = session;
  const at = session ? K.at(session.startsAt) : { date: K.addDays(K.today(), 1), time: '09:00' };
  const area = h(
    'select#s-area',
    { name: 'areaId', required: true },
    option('', '— Pilih kecamatan —'),
    S.areas.map((a) => option(a.id, a.name, session && session.areaId === a.id)),
  );
  const kind = h(
    'select#s-kind',
    { name: 'placeKind' },
    Object.entries(K.PLACE).map(([k, label]) => option(k, label, session ? session.placeKind === k : k === 'Kecamatan')),
  );
  const place = h('input#s-place', {
    name: 'place',
    type: 'text',
    maxlength: 200,
    required: true,
    value: session ? session.place : '',
    placeholder: 'Aula Kecamatan Ciwandan, Jl. …',
  });
  const date = h('input#s-date', { name: 'date', type: 'date', required: true, value: at.date });
  const start = h('input#s-start', { name: 'startTime', type: 'time', required: true, value: at.time });
  const end = h('input#s-end', {
    name: 'endTime',
    type: 'time',
    required: true,
    value: session ? K.at(session.endsAt).time : '12:00',
  });
  const officers = chipsInput(session ? session.officers || [] : []);
  const perOfficer = h('input#s-per-officer', {
    name: 'peoplePerOfficer',
    type: 'number',
    min: 1,
    max: 1000,
    step: 1,
    required: true,
    value: String(session ? session.peoplePerOfficer : DEFAULT_PER_OFFICER),
  });
  const capacity = h('p.capacity#s-capacity', { 'aria-live': 'polite' });
  const reserved = h('select#s-reserved', { name: 'reservedFor' });
  fillInstitutions(reserved, session ? session.reservedFor : '');
  const newInstitution = h('input#s-new-institution', {
    type: 'text',
    name: 'name',
    maxlength: 120,
    placeholder: 'Nama instansi, mis. PT Sritex',
  });
  const addBox = h(
    'div.add-inline',
    { hidden: true },
    newInstitution,
    h(
      'button.small',
      {
        type: 'button',
        data: { action: 'save-institution' },
        on: { click: (e) => addInstitution(e.currentTarget, newInstitution, reserved, addBox) },
      },
      'Simpan instansi',
    ),
  );
  const submit = h('button', { type: 'submit', data: { action: 'save-session' } }, session ? 'Simpan perubahan' : 'Buat sesi');

  const update = () => {
    const n = officers.names().length,
      per = Math.max(0, Math.floor(Number(perOfficer.value) || 0));
    replace(
      capacity,
      'Kapasitas: ',
      h('strong#s-capacity-value', { data: { value: n * per } }, K.num(n * per)),
      ' orang (' + n + ' petugas × ' + K.num(per) + ' orang)',
      session ? h('span.muted', null, ' · sudah terisi ' + K.num(session.taken)) : null,
      K.slot('capacity'),
    );
  };
  officers.onchange = update;
  perOfficer.addEventListener('input', update);
  update();

  const form = h(
    'form.form#session-form',
    { novalidate: false },
    h('h2', null, session ? 'Ubah sesi' : 'Sesi baru'),
    session ? h('p.hint', null, 'Warga yang sudah terdaftar diberi tahu bila waktu atau tempat berubah.') : null,
    h('div.grid2', null, K.field('Kecamatan (wilayah capaian)', area, 'areaId'), K.field('Jenis tempat', kind, 'placeKind')),
    K.field('Tempat', place, 'place'),
    h(
      'div.grid2',
      null,
      K.field('Tanggal', date, 'date'),
      K.field('Mulai', start, 'startTime'),
      K.field('Selesai', end, 'endTime'),
    ),
    h(
      'div.field',
      { data: { field: 'officers' } },
      h('label', { for: 's-officers' }, 'Petugas'),
      officers.node,
      h('p.hint', null, 'Ketik nama lalu koma atau Enter; beberapa nama bisa dipisah koma.'),
      K.slot('officers'),
    ),
    K.field('Orang per petugas', perOfficer, 'peoplePerOfficer'),
    capacity,
    h(
      'div.field',
      { data: { field: 'reservedFor' } },
      h('label', { for: 's-reserved' }, 'Khusus untuk'),
      reserved,
      h(
        'button.secondary.small',
        {
          type: 'button',
          data: { action: 'add-institution' },
          on: {
            click: () => {
              addBox.hidden = !addBox.hidden;
              if (!addBox.hidden) newInstitution.focus();
            },
          },
        },
        '+ Tambah instansi',
      ),
      addBox,
      K.slot('reservedFor'),
      K.slot('name'),
    ),
    h('p.form-error', { role: 'alert' }),
    h('div.inline', null, submit, h('button.secondary', { type: 'button', on: { click: closeForm } }, 'Tutup')),
  );

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    officers.commit();
    K.clearErrors(form);
    const payload = {
      areaId: area.value,
      placeKind: kind.value,
      place: place.value.trim(),
      date: date.value,
      startTime: start.value,
      endTime: end.value,
      officers: officers.names(),
      peoplePerOfficer: perOfficer.value === '' ? null : Number(perOfficer.value),
      reservedFor: reserved.value || null,
    };
    await busy(submit, async () => {
      const r = session
        ? await api('PUT', '/ikd/sessions/' + encodeURIComponent(session.id), payload)
        : await api('POST', '/ikd/sessions', payload);
      if (!r.ok) {
        if (!Object.keys(r.fields).length && r.data && CODE_FIELD[r.data.code]) r.fields = { [CODE_FIELD[r.data.code]]: r.error };
        K.showErrors(form, r);
        return;
      }
      const saved = r.data && r.data.session ? r.data.session : r.data;
      const text = session ? 'Sesi diperbarui. ' + K.num(r.data && r.data.notified) + ' warga diberi tahu.' : 'Sesi dibuat.';
      closeForm();
      await loadSessions();
      if (saved && saved.id) {
        sessionNotice(saved.id, text);
        const item = list.querySelector('article.session[data-session-id="' + CSS.escape(saved.id) + '"]');
        if (item) item.scrollIntoView({ block: 'center' });
      }
      toast(text, 'ok');
    });
  });

  replace(formCard, form);
  formCard.hidden = false;
  formCard.scrollIntoView({ block: 'start' });
  (session ? place : area).focus();
}

function closeForm() {
  S.editing = null;
  formCard.hidden = true;
  clear(formCard);
}

/** Officers as chips: typing a comma or Enter turns the text into names; the text still typed counts too. */
function chipsInput(initial) {
  const names = [...initial];
  const chips = h('div.chips#s-officer-chips');
  const input = h('input#s-officers', { type: 'text', name: 'officers', autocomplete: 'off', placeholder: 'mis. Andi, Budi' });
  const control = { node: h('div', null, chips, input), onchange: null };
  const split = (text) =>
    text
      .split(/[,;\n]/)
      .map((t) => t.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
  const changed = () => {
    draw();
    if (control.onchange) control.onchange();
  };
  function draw() {
    replace(
      chips,
      names.map((n, i) =>
        h(
          'span.chip',
          { data: { officer: n } },
          n,
          h(
            'button',
            {
              type: 'button',
              'aria-label': 'Hapus ' + n,
              on: {
                click: () => {
                  names.splice(i, 1);
                  changed();
                },
              },
            },
            '×',
          ),
        ),
      ),
    );
  }
  control.commit = () => {
    for (const n of split(input.value)) if (!names.includes(n)) names.push(n);
    input.value = '';
    changed();
  };
  control.names = () => [...names, ...split(input.value).filter((n) => !names.includes(n))];
  input.addEventListener('input', () => {
    if (/[,;]/.test(input.value)) {
      const parts = input.value.split(/[,;]/);
      const tail = parts.pop();
      for (const n of split(parts.join(','))) if (!names.includes(n)) names.push(n);
      input.value = tail.trimStart();
      draw();
    }
    if (control.onchange) control.onchange();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      control.commit();
    } else if (e.key === 'Backspace' && !input.value && names.length) {
      names.pop();
      changed();
    }
  });
  draw();
  return control;
}

function fillInstitutions(select, selected) {
  replace(
    select,
    option('', '— Terbuka untuk umum —'),
    S.institutions.map((i) => option(i.id, i.name, i.id === selected)),
  );
  select.value = selected || '';
}

async function addInstitution(button, input, select, box) {
  const form = button.closest('form');
  const name = input.value.trim();
  if (!name) {
    K.showErrors(form, { fields: { name: 'Tuliskan nama instansi.' } });
    input.focus();
    return;
  }
  await busy(button, async () => {
    const r = await api('POST', '/ikd/institutions', { name });
    if (!r.ok) {
      K.showErrors(form, { ...r, fields: Object.keys(r.fields).length ? r.fields : { name: r.error } });
      return;
    }
    const made = r.data || {};
    if (!S.institutions.some((i) => i.id === made.id)) S.institutions.push(made);
    S.institutions.sort((a, b) => String(a.name).localeCompare(String(b.name), 'id'));
    fillInstitutions(select, made.id);
    input.value = '';
    box.hidden = true;
    toast('Instansi ditambahkan: ' + made.name, 'ok');
  });
}

// ------------------------------------------------------------------ start

async function main() {
  const [areas, institutions] = await Promise.all([api('GET', '/ikd/areas'), api('GET', '/ikd/institutions')]);
  S.areas = areas.ok && Array.isArray(areas.data) ? areas.data : [];
  S.institutions = institutions.ok && Array.isArray(institutions.data) ? institutions.data : [];
  if (!areas.ok) toast(areas.error, 'error');
  await loadSessions();
  document.body.dataset.ready = 'true';
}

main();
