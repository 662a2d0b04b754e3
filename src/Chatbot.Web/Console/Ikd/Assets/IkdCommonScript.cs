namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// What every IKD page's script shares (/console/ikd/assets/ikd.js, loaded before the page's own): building elements,
/// the /api/ikd client with the antiforgery header, problem details shown next to the field they are about, labels in
/// Indonesian, dates and numbers, fill bars. Exposed as <c>window.Ikd</c>.
/// </summary>
internal static class IkdCommonScript
{
    public const string Text = """
// IKD pages of the console. Rule: whatever comes from the API goes into the page as text (text nodes, textContent,
// attribute values), never as HTML.
(() => {
  'use strict';

  const body = document.body;
  const API_ROOT = body.dataset.api || '/api';
  const ROOT = body.dataset.root || '/console';
  const role = body.dataset.role || '';
  const me = {
    userName: body.dataset.user || '', displayName: body.dataset.display || '', role, institution: body.dataset.institution || '',
    supervisor: role === 'Supervisor' || role === 'Admin', coordinator: role === 'Coordinator',
  };

  // ------------------------------------------------------------------ elements

  /** el('tag.class#id', {attr: v, on: {click: fn}}, children…): strings become text nodes, null/false are skipped. */
  function el(spec, attrs, ...children) {
    const [, tag, rest] = /^([a-z0-9]+)(.*)$/i.exec(spec);
    const node = document.createElement(tag);
    for (const part of rest.match(/[.#][^.#]+/g) || []) {
      if (part[0] === '.') node.classList.add(part.slice(1)); else node.id = part.slice(1);
    }
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'on') Object.entries(value).forEach(([ev, fn]) => node.addEventListener(ev, fn));
      else if (name === 'data') Object.entries(value).forEach(([k, v]) => { if (v !== null && v !== undefined) node.dataset[k] = String(v); });
      else if (name === 'value' || name === 'checked' || name === 'disabled' || name === 'hidden') node[name] = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of [children].flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function empty(node) { node.replaceChildren(); return node; }

  function replace(node, ...children) { node.replaceChildren(); return append(node, children); }

  // ------------------------------------------------------------------ labels

  const BOOKING = { Booked: 'Terdaftar', Activated: 'Aktif', Failed: 'Gagal', NoShow: 'Tidak hadir', Cancelled: 'Dibatalkan' };
  const FAILURE = { NoPhone: 'Tidak punya HP', NoEmail: 'Tidak punya email', NotRecorded: 'Belum rekam', AppError: 'Aplikasi error' };
  const PLACE = { Office: 'Kantor Disdukcapil', Kecamatan: 'Kantor kecamatan', Institution: 'Instansi / perusahaan' };
  const SESSION = { Open: 'Dibuka', Cancelled: 'Dibatalkan' };

  const badge = (prefix, value, labels) => el('span.badge.' + prefix + '-' + value, { data: { status: value } }, labels[value] || value || '–');

  // ------------------------------------------------------------------ numbers and dates

  const nf = new Intl.NumberFormat('id-ID');
  const num = (n) => nf.format(Number(n) || 0);
  const pct = (n) => (Number.isFinite(n) ? n.toLocaleString('id-ID', { maximumFractionDigits: 1 }) : '0') + '%';
  const ratio = (part, whole) => (whole > 0 ? (100 * part) / whole : 0);

  /** The date and clock of an ISO time as the server wrote it (office time, e.g. +07:00): never moved to the browser's zone. */
  function at(iso) {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(String(iso || ''));
    return m ? { date: m[1], time: m[2] + ':' + m[3] } : { date: '', time: '' };
  }

  const pad = (n) => String(n).padStart(2, '0');
  const isoDate = (d) => d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  const today = () => isoDate(new Date());
  function addDays(date, days) {
    const d = new Date(date + 'T12:00:00');
    d.setDate(d.getDate() + days);
    return isoDate(d);
  }

  const dayFmt = new Intl.DateTimeFormat('id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortFmt = new Intl.DateTimeFormat('id-ID', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const utc = (date) => new Date(date + 'T00:00:00Z');
  const dayLong = (date) => (date ? dayFmt.format(utc(date)) : '');
  const dayShort = (date) => (date ? shortFmt.format(utc(date)) : '');
  const clock = (time) => String(time || '').replace(':', '.');

  /** "Rab, 25 Nov 09.00–12.00 · Ciwandan · Aula Kecamatan" */
  function sessionLabel(s) {
    if (!s || typeof s !== 'object') return String(s || '');
    const start = at(s.startsAt), end = at(s.endsAt);
    return dayShort(start.date) + ' ' + clock(start.time) + '–' + clock(end.time) + ' · ' + (s.areaName || s.areaId || '') + ' · ' + (s.place || '');
  }

  /** A bar filled to a share (CSSOM width: allowed by the page's style policy, unlike a style attribute). */
  function bar(percent, extra) {
    const share = Math.max(0, Math.min(100, Number(percent) || 0));
    const inner = el('span');
    inner.style.width = share.toFixed(1) + '%';
    const outer = el('div.fill' + (extra || ''), { role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': Math.round(share) }, inner);
    if (share >= 100) outer.classList.add('full');
    return outer;
  }

  // ------------------------------------------------------------------ the API

  let token = null;
  async function csrf(renew) {
    if (token && !renew) return token;
    const res = await fetch(API_ROOT + '/antiforgery', { credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(() => null);
    const data = res && res.ok ? await res.json().catch(() => null) : null;
    token = (data && (data.token || data.requestToken)) || '';
    return token;
  }

  /** The problem's readable message and, per field, what is wrong with it (errors{}, or a "field" extension). */
  function problem(status, data) {
    const fields = {};
    let message = '';
    if (data && typeof data === 'object') {
      message = data.detail || data.title || '';
      for (const [key, value] of Object.entries(data.errors || {})) {
        const name = fieldName(key);
        const index = /\[(\d+)\]/.exec(key);
        const text = (index ? 'No. ' + (Number(index[1]) + 1) + ': ' : '') + [value].flat().join(' ');
        fields[name] = [fields[name], text].filter(Boolean).join(' ');
      }
      if (data.field && message) fields[fieldName(data.field)] = message;
    } else if (typeof data === 'string' && data && !/^\s*</.test(data)) {
      message = data.slice(0, 300);
    }
    if (!message) {
      message = status === 0 ? 'Tidak dapat menghubungi server. Periksa koneksi lalu coba lagi.'
        : status === 403 ? 'Anda tidak berwenang untuk tindakan ini.'
        : status === 404 ? 'Tidak ditemukan.'
        : Object.keys(fields).length ? 'Periksa isian yang ditandai.' : 'Permintaan gagal (HTTP ' + status + ').';
    }
    return { message, fields };
  }

  /** The form field a problem key is about: "officers[1]" → "officers", "roster[0].nik" → "roster", "$.EndTime" → "endTime". */
  function fieldName(key) {
    const first = String(key).replace(/\[\d+\]/g, '.').split('.').filter((p) => p && p !== '$')[0] || '';
    return first.charAt(0).toLowerCase() + first.slice(1);
  }

  /** call('GET', '/sessions?…') under /api/ikd; { ok, status, data, error, fields }. */
  async function call(method, path, payload, again) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') headers['X-CSRF-TOKEN'] = await csrf(false);
    if (payload !== undefined) headers['Content-Type'] = 'application/json';
    let res = null;
    try {
      res = await fetch(API_ROOT + '/ikd' + path, {
        method, headers, credentials: 'same-origin', body: payload === undefined ? undefined : JSON.stringify(payload),
      });
    } catch { /* shown below as "no connection" */ }
    if (!res) return { ok: false, status: 0, data: null, ...problem(0, null), error: problem(0, null).message };
    if (res.status === 401) {
      location.href = ROOT + '/login?returnUrl=' + encodeURIComponent(location.pathname);
      return { ok: false, status: 401, data: null, error: 'Sesi berakhir. Silakan masuk lagi.', fields: {} };
    }
    const type = res.headers.get('content-type') || '';
    const data = res.status === 204 ? null : type.includes('json') ? await res.json().catch(() => null) : await res.text().catch(() => null);
    if (res.status === 400 && method !== 'GET' && !again && data && data.code === 'antiforgery') {
      await csrf(true);
      return call(method, path, payload, true);
    }
    if (res.ok) return { ok: true, status: res.status, data, error: null, fields: {} };
    const p = problem(res.status, data);
    return { ok: false, status: res.status, data, error: p.message, fields: p.fields };
  }

  // ------------------------------------------------------------------ forms and feedback

  /** An error slot for a field: <p class="field-error" data-error-for="name">. */
  const slot = (name) => el('p.field-error', { data: { errorFor: name }, role: 'alert' });

  /** A labelled field with its error slot. */
  const field = (label, control, name, hint) =>
    el('div.field', { data: { field: name } }, el('label', { for: control.id }, label), control, hint ? el('p.hint', null, hint) : null, slot(name));

  function clearErrors(form) {
    form.querySelectorAll('[data-error-for]').forEach((p) => empty(p));
    form.querySelectorAll('.invalid').forEach((c) => c.classList.remove('invalid'));
    form.querySelectorAll('.form-error').forEach((p) => empty(p));
  }

  /** Each field's message next to it; the rest (or the general message) at the form's .form-error. */
  function showErrors(form, result) {
    clearErrors(form);
    const rest = [];
    let placed = 0;
    for (const [name, message] of Object.entries(result.fields || {})) {
      const target = form.querySelector('[data-error-for="' + CSS.escape(name) + '"]');
      if (!target) { rest.push(message); continue; }
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

  function toast(text, kind) {
    const box = document.getElementById('toast');
    if (!box || !text) return;
    const item = el('div.toast.' + (kind || 'info'), null, text);
    box.appendChild(item);
    setTimeout(() => item.remove(), kind === 'error' ? 9000 : 5000);
  }

  /** Runs an action with its button disabled; a refusal is shown as a toast unless the caller shows it. */
  async function busy(button, run) {
    if (button) button.disabled = true;
    try { return await run(); } finally { if (button && button.isConnected) button.disabled = false; }
  }

  window.Ikd = Object.freeze({
    me, app: document.getElementById('app'), base: API_ROOT + '/ikd', el, append, empty, replace, BOOKING, FAILURE, PLACE, SESSION, badge, num, pct, ratio, at, isoDate, today, addDays,
    dayLong, dayShort, clock, sessionLabel, bar, call, problem, slot, field, clearErrors, showErrors, toast, busy,
  });
  body.dataset.ikd = 'ready';
})();
""";
}
