// @ts-check
// The audit log (/console/audit).
import { h, clear } from '../lib/dom.js';
import { api } from '../lib/api.js';
import { AUDIT_LABEL, fullFmt, when, isoDate, dayStart, enc, view, table } from './common.js';

/** @typedef {import('openapi').components['schemas']} Schemas */
/**
 * @template T
 * @typedef {import('../lib/api.js').Answer<T>} Answer
 */

export function renderAudit() {
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
    /** @type {Schemas['AuditEntry'][]} */
    const rows = r.data;
    out.append(
      table(
        ['Waktu', 'Pelaku', 'Tindakan', 'Kasus', 'Percakapan', 'Keterangan'],
        rows.map((e) => {
          const action = String(e.action || '');
          return [
            when(e.at, fullFmt),
            String(e.actor || ''),
            AUDIT_LABEL[action] || action,
            String(e.caseCode || ''),
            String(e.conversation || ''),
            String(e.detail || ''),
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
