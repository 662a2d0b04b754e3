// @ts-check
// What every IKD page shares: the signed-in account, labels in Indonesian, dates and numbers, fill bars, and problem
// details shown next to the field they are about.

import { h, clear, toast } from '../lib/dom.js';
import { whoAmI } from '../lib/api.js';

const account = await whoAmI();

/**
 * The signed-in account (/api/me) and what it may do: change sessions (manageIkdSessions), or only its own
 * institution's bookings (a coordinator: no seeEveryInstitution).
 */
export const me = {
  userName: account.userName,
  displayName: account.displayName,
  institution: account.institution || '',
  supervisor: account.can('manageIkdSessions'),
  coordinator: !account.can('seeEveryInstitution'),
};

export const app = /** @type {HTMLElement} */ (document.getElementById('app'));

// ------------------------------------------------------------------ labels

export const BOOKING = {
  Booked: 'Terdaftar',
  Activated: 'Aktif',
  Failed: 'Gagal',
  NoShow: 'Tidak hadir',
  Cancelled: 'Dibatalkan',
};
export const FAILURE = {
  NoPhone: 'Tidak punya HP',
  NoEmail: 'Tidak punya email',
  NotRecorded: 'Belum rekam',
  AppError: 'Aplikasi error',
};
export const PLACE = { Office: 'Kantor Disdukcapil', Kecamatan: 'Kantor kecamatan', Institution: 'Instansi / perusahaan' };
export const SESSION = { Open: 'Dibuka', Cancelled: 'Dibatalkan' };

export const badge = (prefix, value, labels) =>
  h('span.badge.' + prefix + '-' + value, { data: { status: value } }, labels[value] || value || '–');

// ------------------------------------------------------------------ numbers and dates

export const nf = new Intl.NumberFormat('id-ID');
export const num = (n) => nf.format(Number(n) || 0);
export const pct = (n) => (Number.isFinite(n) ? n.toLocaleString('id-ID', { maximumFractionDigits: 1 }) : '0') + '%';
export const ratio = (part, whole) => (whole > 0 ? (100 * part) / whole : 0);

/** The date and clock of an ISO time as the server wrote it (office time, e.g. +07:00): never moved to the browser's zone. */
export function at(iso) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(String(iso || ''));
  return m ? { date: m[1], time: m[2] + ':' + m[3] } : { date: '', time: '' };
}

export const pad = (n) => String(n).padStart(2, '0');
export const isoDate = (d) => d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
export const today = () => isoDate(new Date());
export function addDays(date, days) {
  const d = new Date(date + 'T12:00:00');
  d.setDate(d.getDate() + days);
  return isoDate(d);
}

export const dayFmt = new Intl.DateTimeFormat('id-ID', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
export const shortFmt = new Intl.DateTimeFormat('id-ID', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
export const utc = (date) => new Date(date + 'T00:00:00Z');
export const dayLong = (date) => (date ? dayFmt.format(utc(date)) : '');
export const dayShort = (date) => (date ? shortFmt.format(utc(date)) : '');
export const clock = (time) => String(time || '').replace(':', '.');

/** "Rab, 25 Nov 09.00–12.00 · Ciwandan · Aula Kecamatan" */
export function sessionLabel(s) {
  if (!s || typeof s !== 'object') return String(s || '');
  const start = at(s.startsAt),
    end = at(s.endsAt);
  return (
    dayShort(start.date) +
    ' ' +
    clock(start.time) +
    '–' +
    clock(end.time) +
    ' · ' +
    (s.areaName || s.areaId || '') +
    ' · ' +
    (s.place || '')
  );
}

/** A bar filled to a share (CSSOM width: allowed by the page's style policy, unlike a style attribute). */
export function bar(percent, extra) {
  const share = Math.max(0, Math.min(100, Number(percent) || 0));
  const inner = h('span');
  inner.style.width = share.toFixed(1) + '%';
  const outer = h(
    'div.fill' + (extra || ''),
    { role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': Math.round(share) },
    inner,
  );
  if (share >= 100) outer.classList.add('full');
  return outer;
}

// ------------------------------------------------------------------ forms and feedback

/** An error slot for a field: <p class="field-error" data-error-for="name">. */
export const slot = (name) => h('p.field-error', { data: { errorFor: name }, role: 'alert' });

/** A labelled field with its error slot. */
export const field = (label, control, name, hint) =>
  h(
    'div.field',
    { data: { field: name } },
    h('label', { for: control.id }, label),
    control,
    hint ? h('p.hint', null, hint) : null,
    slot(name),
  );

export function clearErrors(form) {
  form.querySelectorAll('[data-error-for]').forEach((p) => clear(p));
  form.querySelectorAll('.invalid').forEach((c) => c.classList.remove('invalid'));
  form.querySelectorAll('.form-error').forEach((p) => clear(p));
}

/** Each field's message next to it; the rest (or the general message) at the form's .form-error. */
export function showErrors(form, result) {
  clearErrors(form);
  const rest = [];
  let placed = 0;
  for (const [name, message] of Object.entries(result.fields || {})) {
    const target = form.querySelector('[data-error-for="' + CSS.escape(name) + '"]');
    if (!target) {
      rest.push(message);
      continue;
    }
    target.textContent = message;
    placed++;
    const control = form.querySelector('[name="' + CSS.escape(name) + '"]');
    if (control) control.classList.add('invalid');
  }
  const general = form.querySelector('.form-error');
  const text = (placed ? rest : [result.error, ...rest]).filter((t, i, all) => t && all.indexOf(t) === i).join(' ');
  if (general) general.textContent = text;
  else if (text) toast(text, 'error');
  const first = form.querySelector('.invalid, .form-error:not(:empty)');
  if (first && first.scrollIntoView) first.scrollIntoView({ block: 'center' });
}
