// @ts-check
// The admin's accounts page (/console/akun).
import { h, clear } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { ROLES, ROLE_LABEL, act, enc, view } from './common.js';

/** @typedef {import('openapi').components['schemas']} Schemas */
/**
 * @template T
 * @typedef {import('../lib/api.js').Answer<T>} Answer
 */

export function renderAccounts() {
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
      for (const i of /** @type {Schemas['InstitutionView'][]} */ (r.data))
        institutions.append(h('option', { value: String(i.id || '') }, String(i.name || '')));
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
        const password = typeof r.data === 'string' ? r.data : r.data.password;
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
  /** @type {Schemas['AccountView'][]} */
  const rows = r.data;
  const tbody = h('tbody');
  for (const a of rows) {
    const name = String(a.userName || '');
    const active = a.active !== false;
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
                h('p', null, h('code', { id: 'reset-password' }, String(res.data.password || ''))),
                h('p', { class: 'hint' }, 'Sampaikan langsung kepada pemilik akun; ia harus menggantinya saat masuk.'),
              ),
            );
          }
          return res;
        });
      });
      action = h('span', null, reset, ' ', deactivate);
    }
    const roleName = a.role;
    tbody.append(
      h(
        'tr',
        { data: { account: name } },
        h('td', null, name),
        h('td', null, String(a.displayName || '')),
        h('td', null, ROLE_LABEL[roleName] || roleName),
        h('td', null, String(a.institution || '')),
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
