// @ts-check
// What the console app's pages share: labels, dates and durations, the action button, the page's view.

import { h, clear, toast, page, $ } from '../lib/dom.js';

export const STATUS_LABEL = {
  Baru: 'Baru',
  Diproses: 'Diproses',
  Dicetak: 'Dicetak',
  DikirimPos: 'Dikirim via Pos',
  SiapDiambil: 'Siap diambil',
  Selesai: 'Selesai',
  Ditolak: 'Ditolak',
  Dibatalkan: 'Dibatalkan',
};
export const OPEN = ['Baru', 'Diproses', 'Dicetak', 'DikirimPos', 'SiapDiambil'];
export const SPEAKER_LABEL = { Citizen: 'Warga', Bot: 'Bot', Operator: 'Petugas', System: 'Sistem', Note: 'Catatan internal' };
export const ROLES = ['Operator', 'Supervisor', 'Admin', 'Coordinator'];
export const ROLE_LABEL = { Operator: 'Petugas', Supervisor: 'Supervisor', Admin: 'Admin', Coordinator: 'Koordinator instansi' };
export const AUDIT_LABEL = {
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
export const FIELD_LABEL = {
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

export const idFmt = (opts) => new Intl.DateTimeFormat('id-ID', opts);
export const dateTimeFmt = idFmt({ day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit' });
export const fullFmt = idFmt({
  day: '2-digit',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
export const timeFmt = idFmt({ hour: '2-digit', minute: '2-digit' });

export function when(v, fmt) {
  if (!v) return '';
  const d = new Date(v);
  return isNaN(d.getTime()) ? String(v) : (fmt || dateTimeFmt).format(d);
}

/**
 * Minutes as the office says a wait: "42 dtk", "5 mnt", "1 jam 5 mnt", "3 hari 2 jam" (the larger unit first, at most
 * two units; nothing for none).
 * @param {number | string | null | undefined} minutes
 */
export function duration(minutes) {
  const value = Number(minutes);
  if (minutes === null || minutes === undefined || minutes === '' || !Number.isFinite(value)) return '–';
  const seconds = Math.max(0, Math.round(value * 60));
  if (seconds < 60) return seconds + ' dtk';
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const mins = Math.floor((seconds % 3600) / 60);
  if (days) return days + ' hari' + (hours ? ' ' + hours + ' jam' : '');
  if (hours) return hours + ' jam' + (mins ? ' ' + mins + ' mnt' : '');
  return mins + ' mnt';
}

export function isoDate(d) {
  const p = (n) => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate());
}

/** A day picked in a date input as the instant its local day starts (or, with next, the next day starts). */
export function dayStart(value, next) {
  const d = new Date(value + 'T00:00:00');
  if (isNaN(d.getTime())) return '';
  if (next) d.setDate(d.getDate() + 1);
  return d.toISOString();
}

/** An action button: disabled while running; the server's refusal is shown, never swallowed. */
export async function act(button, run, okText) {
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

export const enc = encodeURIComponent;

export function mediaHref(url) {
  if (!url) return null;
  if (url.startsWith('/api/')) return page.api + url.slice(4);
  if (url.startsWith(page.api + '/')) return url;
  return page.api + '/media?url=' + enc(url);
}

/** The page's main area, emptied for a new page. */
export function view() {
  const app = $('#app');
  clear(app);
  const v = h('div', { id: 'view' });
  app.append(v);
  return v;
}

/**
 * @param {string[]} head
 * @param {(string | Node)[][]} rows
 * @param {string} [id]
 */
export function table(head, rows, id) {
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
          head.map((x) => h('th', { scope: 'col' }, x)),
        ),
      ),
      h(
        'tbody',
        null,
        rows.length
          ? rows.map((row) =>
              h(
                'tr',
                null,
                row.map((c) => h('td', null, c)),
              ),
            )
          : h('tr', null, h('td', { colspan: head.length, class: 'muted' }, 'Tidak ada data.')),
      ),
    ),
  );
}
