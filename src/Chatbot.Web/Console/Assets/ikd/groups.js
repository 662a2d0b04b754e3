// @ts-check
import * as K from './ikd.js';
import { h, replace, clear, busy, toast } from '../lib/dom.js';
import { api } from '../lib/api.js';
const { app } = K;
const S = { groups: [], sessions: [], institutions: [], open: null };

const list = h('div#groups', null, h('p.muted', null, 'Memuat…'));
const detail = h('section.card#group-detail', { hidden: true });
const formCard = h('section.card#group-form-card', { hidden: true });
replace(
  app,
  h(
    'div.page-head',
    null,
    h('h1', null, 'Pendaftaran rombongan IKD'),
    h('button#new-group', { type: 'button', on: { click: openForm } }, '+ Daftarkan rombongan'),
  ),
  h(
    'p.muted',
    null,
    K.me.coordinator
      ? 'Pesan kursi sesi aktivasi IKD untuk orang-orang di unit Anda. Setiap orang mengklaim kursinya sendiri dengan mengirim kode undangan ke WhatsApp Disdukcapil.'
      : 'Pendaftaran rombongan semua instansi. Pilih instansi saat mendaftarkan atas nama koordinatornya.',
  ),
  formCard,
  detail,
  h('section.card', null, h('h2', null, 'Rombongan'), list),
);

const codeOf = (g) => String(g.code || '');
const sessionOf = (g) =>
  g.session && typeof g.session === 'object' ? g.session : S.sessions.find((s) => s.id === g.sessionId) || null;
const sessionText = (g) => {
  const s = sessionOf(g);
  return s ? K.sessionLabel(s) : String(g.session || g.sessionId || '');
};

// ------------------------------------------------------------------ list

async function loadGroups() {
  const r = await api('GET', '/ikd/groups');
  if (!r.ok) {
    replace(list, h('p.error', null, r.error));
    return;
  }
  S.groups = Array.isArray(r.data) ? r.data : [];
  renderList();
}

function renderList() {
  if (!S.groups.length) {
    replace(list, h('p.muted', null, 'Belum ada rombongan.'));
    return;
  }
  const head = ['Kode undangan', 'Sesi', K.me.coordinator ? null : 'Instansi', 'Unit', 'Kursi', 'Sudah klaim', 'Status'].filter(
    Boolean,
  );
  replace(
    list,
    h(
      'div.table-wrap',
      null,
      h(
        'table#groups-table',
        null,
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            head.map((t) => h('th', null, t)),
          ),
        ),
        h(
          'tbody',
          null,
          S.groups.map((g) =>
            h(
              'tr.clickable' + (S.open === codeOf(g) ? '.selected' : ''),
              {
                data: { group: codeOf(g), institution: g.institutionId },
                tabindex: 0,
                on: {
                  click: () => openGroup(codeOf(g)),
                  keydown: (e) => {
                    if (/** @type {KeyboardEvent} */ (e).key === 'Enter') openGroup(codeOf(g));
                  },
                },
              },
              h('td.code', null, codeOf(g)),
              h('td', null, sessionText(g)),
              K.me.coordinator ? null : h('td', null, g.institutionName || g.institutionId || ''),
              h('td', null, g.unit || ''),
              h('td', null, K.num(g.seats)),
              h('td.claimed', null, K.num(g.claimed)),
              h(
                'td',
                null,
                g.cancelled ? h('span.badge.bs-Cancelled', null, 'Dibatalkan') : h('span.badge.ss-Open', null, 'Aktif'),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

// ------------------------------------------------------------------ detail

function invitation(code) {
  const words = 'Kirim kode ' + code + ' ke WhatsApp Disdukcapil';
  const copy = h(
    'button.secondary.small',
    {
      type: 'button',
      on: {
        click: async () => {
          try {
            await navigator.clipboard.writeText(words);
            toast('Pesan disalin.', 'ok');
          } catch {
            toast('Salin manual: ' + words, 'info');
          }
        },
      },
    },
    'Salin pesan',
  );
  return h(
    'div.invite',
    null,
    h('p', null, 'Kode undangan'),
    h('strong.code#invite-code', null, code),
    h('p.say#invite-text', null, words),
    h(
      'p.hint',
      null,
      'Bagikan pesan ini kepada orang-orang di unit Anda. Setiap orang mengirim kode tersebut dari nomor WhatsApp-nya sendiri, lalu mengisi NIK dan nama. Satu orang satu kursi.',
    ),
    copy,
  );
}

async function openGroup(code) {
  S.open = code;
  if (location.hash.slice(1) !== code) history.replaceState(null, '', '#' + encodeURIComponent(code));
  renderList();
  detail.hidden = false;
  replace(detail, h('p.muted', null, 'Memuat…'));
  const r = await api('GET', '/ikd/groups/' + encodeURIComponent(code));
  if (!r.ok) {
    replace(detail, h('p.error', null, r.error));
    return;
  }
  const d = r.data || {};
  const g = d.group || {};
  // The detail is newer than the list: its row shows the same claims.
  S.groups = S.groups.map((x) => (codeOf(x) === codeOf(g) ? g : x));
  renderList();
  const claims = Array.isArray(d.claims) ? d.claims : [];
  const roster = Array.isArray(d.roster) ? d.roster : [];
  const waiting = roster.filter((m) => !m.claimed);
  const unclaimed =
    d.unclaimedSeats !== undefined ? Number(d.unclaimedSeats) : Math.max(0, (Number(g.seats) || 0) - (Number(g.claimed) || 0));
  const cancel = h(
    'button.danger',
    {
      type: 'button',
      data: { action: 'cancel-group' },
      disabled: !!g.cancelled,
      on: { click: (e) => cancelGroup(g, e.currentTarget) },
    },
    'Batalkan rombongan',
  );
  replace(
    detail,
    h(
      'div.card-head',
      null,
      h('h2', null, 'Rombongan ' + (g.unit || '')),
      h(
        'button.secondary.small',
        {
          type: 'button',
          on: {
            click: () => {
              S.open = null;
              detail.hidden = true;
              history.replaceState(null, '', location.pathname);
              renderList();
            },
          },
        },
        'Tutup',
      ),
    ),
    g.cancelled
      ? h('p.warning', null, 'Rombongan ini dibatalkan: kode tidak bisa dipakai lagi. Yang sudah klaim tetap memegang kursinya.')
      : invitation(codeOf(g)),
    h(
      'dl.facts',
      { data: { group: codeOf(g) } },
      h('dt', null, 'Sesi'),
      h('dd', null, sessionText(g)),
      h('dt', null, 'Instansi'),
      h('dd', null, g.institutionName || g.institutionId || ''),
      h('dt', null, 'Unit'),
      h('dd', null, g.unit || ''),
      h('dt', null, 'Kursi'),
      h('dd', null, K.num(g.seats)),
      h('dt', null, 'Sudah klaim'),
      h('dd#claimed-count', null, K.num(g.claimed)),
      h('dt', null, 'Kursi belum diklaim'),
      h('dd#unclaimed-seats', { data: { value: unclaimed } }, K.num(unclaimed)),
    ),
    K.bar(K.ratio(Number(g.claimed) || 0, Number(g.seats) || 0)),
    h('h3', null, 'Sudah klaim (' + claims.length + ')'),
    claims.length
      ? h(
          'div.table-wrap',
          null,
          h(
            'table#claims-table',
            null,
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                ['Nama', 'NIK', 'Kode', 'Status'].map((t) => h('th', null, t)),
              ),
            ),
            h(
              'tbody',
              null,
              claims.map((b) =>
                h(
                  'tr',
                  { data: { code: b.code, status: b.status } },
                  h('td', null, b.fullName || ''),
                  h('td.nik', null, b.nikMasked || ''),
                  h('td.code', null, b.code || ''),
                  h('td', null, K.badge('bs', b.status, K.BOOKING)),
                ),
              ),
            ),
          ),
        )
      : h('p.muted', null, 'Belum ada yang klaim.'),
    roster.length
      ? [
          h('h3', null, 'Belum klaim dari daftar (' + waiting.length + ')'),
          waiting.length
            ? h(
                'ul#not-claimed',
                null,
                waiting.map((m) =>
                  h(
                    'li',
                    { data: { name: m.name } },
                    m.name || '',
                    m.nikMasked ? h('span.nik.muted', null, ' · ' + m.nikMasked) : null,
                  ),
                ),
              )
            : h('p.muted', null, 'Semua orang di daftar sudah klaim.'),
        ]
      : null,
    h('div.actions', null, cancel),
  );
}

async function cancelGroup(g, button) {
  if (
    !confirm(
      'Batalkan rombongan ' + codeOf(g) + '? Kursi yang belum diklaim dikembalikan ke sesi dan kode tidak bisa dipakai lagi.',
    )
  )
    return;
  await busy(button, async () => {
    const r = await api('POST', '/ikd/groups/' + encodeURIComponent(codeOf(g)) + '/cancel');
    if (!r.ok) {
      toast(r.error, 'error');
      return;
    }
    toast('Rombongan dibatalkan.', 'ok');
    await loadGroups();
    await openGroup(codeOf(g));
  });
}

// ------------------------------------------------------------------ a new group booking

/** "Nama;NIK" per line (NIK optional); the lines that are not right, by number. */
function parseRoster(text) {
  const roster = [],
    wrong = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const [name, nik = ''] = line.split(/[;\t]/).map((p) => p.trim());
    const digits = nik.replace(/\s/g, '');
    if (!name || (digits && !/^\d{16}$/.test(digits))) {
      wrong.push(i + 1);
      return;
    }
    roster.push(digits ? { name, nik: digits } : { name });
  });
  return { roster, wrong };
}

function sessionChoices(select, institution) {
  const now = new Date();
  const open = S.sessions.filter(
    (s) =>
      s.status === 'Open' &&
      Number(s.seatsLeft) > 0 &&
      new Date(s.startsAt) > now &&
      (!s.reservedFor || s.reservedFor === institution),
  );
  replace(
    select,
    h('option', { value: '' }, open.length ? '— Pilih sesi —' : 'Tidak ada sesi yang bisa dipesan'),
    open.map((s) =>
      h(
        'option',
        { value: s.id },
        K.sessionLabel(s) +
          ' · sisa ' +
          K.num(s.seatsLeft) +
          ' kursi' +
          (s.reservedFor ? ' · khusus ' + (s.reservedForName || s.reservedFor) : ''),
      ),
    ),
  );
}

function openForm() {
  const institution = h(
    'select#g-institution',
    { name: 'institutionId', required: true },
    h('option', { value: '' }, '— Pilih instansi —'),
    S.institutions.map((i) => h('option', { value: i.id }, i.name)),
  );
  const session = h('select#g-session', { name: 'sessionId', required: true });
  const unit = h('input#g-unit', {
    name: 'unit',
    type: 'text',
    maxlength: 120,
    required: true,
    placeholder: 'mis. Bagian Tenun 2',
  });
  const seats = h('input#g-seats', { name: 'seats', type: 'number', min: 1, max: 2000, step: 1, required: true, value: '10' });
  const roster = h('textarea#g-roster', { name: 'roster', rows: 5, placeholder: 'Siti Aminah;3372014506900003\nBudi Santoso' });
  const rosterCount = h('p.hint#g-roster-count');
  const submit = h('button', { type: 'submit', data: { action: 'create-group' } }, 'Daftarkan');
  const mine = () => (K.me.coordinator ? K.me.institution : institution.value);
  sessionChoices(session, mine());
  institution.addEventListener('change', () => sessionChoices(session, mine()));
  roster.addEventListener('input', () => {
    const p = parseRoster(roster.value);
    rosterCount.textContent = p.roster.length
      ? p.roster.length + ' orang di daftar' + (p.wrong.length ? ' · baris salah: ' + p.wrong.join(', ') : '')
      : '';
    if (p.roster.length > (Number(seats.value) || 0)) seats.value = String(p.roster.length);
  });
  const form = h(
    'form.form#group-form',
    null,
    h('h2', null, 'Rombongan baru'),
    K.me.coordinator ? null : K.field('Instansi', institution, 'institutionId'),
    K.field('Sesi', session, 'sessionId', 'Sesi terbuka untuk umum atau khusus untuk instansi ini.'),
    K.field('Unit kerja', unit, 'unit'),
    K.field('Jumlah orang (kursi)', seats, 'seats'),
    h(
      'div.field',
      { data: { field: 'roster' } },
      h('label', { for: 'g-roster' }, 'Daftar nama (tidak wajib)'),
      roster,
      h('p.hint.roster-help', null, 'Satu orang per baris: Nama;NIK (NIK boleh kosong).'),
      rosterCount,
      K.slot('roster'),
    ),
    h('p.form-error', { role: 'alert' }),
    h(
      'div.inline',
      null,
      submit,
      h(
        'button.secondary',
        {
          type: 'button',
          on: {
            click: () => {
              formCard.hidden = true;
              clear(formCard);
            },
          },
        },
        'Tutup',
      ),
    ),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    K.clearErrors(form);
    const parsed = parseRoster(roster.value);
    if (parsed.wrong.length) {
      K.showErrors(form, {
        fields: { roster: 'Baris ' + parsed.wrong.join(', ') + ' salah: tulis Nama;NIK dengan NIK 16 angka, atau nama saja.' },
      });
      return;
    }
    const payload = { sessionId: session.value, unit: unit.value.trim(), seats: Number(seats.value) };
    if (parsed.roster.length) payload.roster = parsed.roster;
    if (!K.me.coordinator) payload.institutionId = institution.value;
    await busy(submit, async () => {
      const r = await api('POST', '/ikd/groups', payload);
      if (!r.ok) {
        K.showErrors(form, r);
        return;
      }
      formCard.hidden = true;
      clear(formCard);
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
  const r = await api('GET', '/ikd/sessions?from=' + K.today() + '&to=' + K.addDays(K.today(), 120));
  S.sessions = r.ok && Array.isArray(r.data) ? r.data : [];
}

async function start() {
  const institutions = K.me.coordinator ? null : api('GET', '/ikd/institutions');
  await Promise.all([loadSessions(), loadGroups()]);
  const i = institutions ? await institutions : null;
  S.institutions = i && i.ok && Array.isArray(i.data) ? i.data : [];
  renderList();
  const wanted = location.hash.slice(1);
  if (wanted) await openGroup(decodeURIComponent(wanted));
  document.body.dataset.ready = 'true';
}

start();
