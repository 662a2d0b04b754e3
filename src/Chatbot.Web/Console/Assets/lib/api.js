// @ts-check
// The one client of the operator REST API (/api) for every console page: the antiforgery header on unsafe methods
// (renewed once when the API answers the problem code "antiforgery"), a session that ended sends the browser to the
// sign-in page, an account that must change its one-time password to the password page, and every refusal read as
// problem details into one message plus, per field, what is wrong with it.

import { page } from './dom.js';

/** @typedef {import('openapi').components['schemas']} Schemas */

/**
 * @template T
 * @typedef {{ ok: boolean, status: number, data: T, error: string, fields: Record<string, string>, code: string }} Answer
 * ok false: data is the problem (or null) and error its message.
 */

const LOGIN = page.root + '/login';
const PASSWORD = page.root + '/kata-sandi';

/** @type {string | null} */
let token = null;

/** @param {boolean} renew */
async function antiforgeryToken(renew) {
  if (token && !renew) return token;
  const res = await fetch(page.api + '/antiforgery', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  }).catch(() => null);
  /** @type {Schemas['AntiforgeryTokenView'] | null} */
  const data = res && res.ok ? await res.json().catch(() => null) : null;
  token = data ? data.token : '';
  return token;
}

/**
 * The field a problem key is about: "officers[1]" → "officers", "roster[0].nik" → "roster", "$.EndTime" → "endTime".
 * @param {string} key
 */
function fieldName(key) {
  const first =
    String(key)
      .replace(/\[\d+\]/g, '.')
      .split('.')
      .filter((p) => p && p !== '$')[0] || '';
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/**
 * A refusal's readable message and, per field, what is wrong with it (errors{}, or a "field" extension).
 * @param {number} status
 * @param {unknown} data the answer's body: problem details, a text, or nothing
 * @returns {{ message: string, fields: Record<string, string>, code: string }}
 */
export function problem(status, data) {
  /** @type {Record<string, string>} */
  const fields = {};
  let message = '';
  let code = '';
  if (data && typeof data === 'object') {
    const details = /** @type {Schemas['HttpValidationProblemDetails'] & { code?: string, field?: string }} */ (data);
    message = details.detail || '';
    code = details.code || '';
    for (const [key, value] of Object.entries(details.errors || {})) {
      const name = fieldName(key);
      const index = /\[(\d+)\]/.exec(key);
      const text = (index ? 'No. ' + (Number(index[1]) + 1) + ': ' : '') + [value].flat().join(' ');
      fields[name] = [fields[name], text].filter(Boolean).join(' ');
    }
    if (details.field && message) fields[fieldName(details.field)] = message;
    if (!message) message = Object.values(fields).join(' ');
  } else if (typeof data === 'string' && data && !/^\s*</.test(data)) {
    message = data.slice(0, 300);
  }
  if (status === 403) message = 'Anda tidak berwenang untuk tindakan ini.' + (message ? ' ' + message : '');
  if (!message) {
    message =
      status === 0
        ? 'Tidak dapat menghubungi server. Periksa koneksi lalu coba lagi.'
        : status === 404
          ? 'Tidak ditemukan.'
          : status === 409
            ? 'Sudah diubah oleh petugas lain. Muat ulang lalu coba lagi.'
            : 'Permintaan gagal (HTTP ' + status + ').';
  }
  return { message, fields, code };
}

/**
 * api('GET', '/cases?…'): a call under /api. The caller names the answer's type with a JSDoc type annotation on
 * the variable it assigns the result to, e.g. Answer of Schemas['CaseView'].
 * @param {'GET' | 'POST' | 'PUT' | 'DELETE'} method
 * @param {string} path
 * @param {unknown} [payload] sent as JSON
 * @returns {Promise<Answer<any>>}
 */
export async function api(method, path, payload) {
  return send(method, path, payload, false);
}

/**
 * @param {'GET' | 'POST' | 'PUT' | 'DELETE'} method
 * @param {string} path
 * @param {unknown} payload
 * @param {boolean} again
 * @returns {Promise<Answer<any>>}
 */
async function send(method, path, payload, again) {
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-CSRF-TOKEN'] = await antiforgeryToken(false);
  if (payload !== undefined) headers['Content-Type'] = 'application/json';
  /** @type {Response | null} */
  let res = null;
  try {
    res = await fetch(page.api + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
  } catch {
    // shown below as "no connection"
  }
  if (!res) return refused(0, null);
  if (res.status === 401 || (res.redirected && res.url.includes(LOGIN))) {
    location.href = LOGIN + '?returnUrl=' + encodeURIComponent(location.pathname);
    return { ...refused(401, null), error: 'Sesi berakhir. Silakan masuk lagi.' };
  }
  const type = res.headers.get('content-type') || '';
  const data =
    res.status === 204 ? null : type.includes('json') ? await res.json().catch(() => null) : await res.text().catch(() => null);
  if (res.ok) return { ok: true, status: res.status, data, error: '', fields: {}, code: '' };
  const answer = refused(res.status, data);
  if (answer.code === 'antiforgery' && method !== 'GET' && !again) {
    await antiforgeryToken(true);
    return send(method, path, payload, true);
  }
  if (answer.code === 'passwordChangeRequired') location.href = PASSWORD;
  return answer;
}

/**
 * @param {number} status
 * @param {unknown} data
 * @returns {Answer<any>}
 */
function refused(status, data) {
  const p = problem(status, data);
  return { ok: false, status, data, error: p.message, fields: p.fields, code: p.code };
}

/** Nobody: what the pages assume until /api/me answers (no capability at all). */
const NOBODY = { userName: '', displayName: '', capabilities: [], institution: null };

/**
 * The signed-in account, as /api/me tells it, with what it may do (its capabilities, from the server's table of
 * roles: the console never copies which role may do what).
 * @returns {Promise<Pick<Schemas['MeView'], 'userName' | 'displayName' | 'capabilities' | 'institution'> & { can: (capability: string) => boolean }>}
 */
export async function whoAmI() {
  /** @type {Answer<Schemas['MeView']>} */
  const r = await api('GET', '/me');
  const me = r.ok ? r.data : NOBODY;
  return { ...me, can: (capability) => me.capabilities.includes(capability) };
}
