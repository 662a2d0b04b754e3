// Simulator WhatsApp: fake citizens talk to the service through real, signed Twilio webhooks.
(() => {
  'use strict';

  const STORAGE_KEY = 'simulator.citizens';
  const POLL_MS = 1000;
  const DEFAULT_CITIZENS = [
    { phone: '+6281234567001', name: 'Budi Santoso' },
    { phone: '+6281234567002', name: 'Siti Aminah' },
  ];
  const TICKS = {
    queued: { mark: '\u25CB', label: 'antre', cls: 'queued' },
    sent: { mark: '\u2713', label: 'terkirim' },
    delivered: { mark: '\u2713\u2713', label: 'diterima' },
    read: { mark: '\u2713\u2713', label: 'dibaca', cls: 'read' },
    failed: { mark: '!', label: 'gagal' },
    undelivered: { mark: '!', label: 'tidak terkirim' },
  };

  const $ = (id) => document.getElementById(id);
  const state = {
    citizens: loadCitizens(),
    messages: new Map(), // phone -> Map(id -> message)
    unread: new Map(),
    active: null,
    version: 0,
    mediaId: null,
    sending: false,
  };

  function loadCitizens() {
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
      if (Array.isArray(saved) && saved.length) return saved;
    } catch {
      /* fresh start */
    }
    return DEFAULT_CITIZENS.slice();
  }

  function saveCitizens() {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state.citizens));
  }

  // Indonesian forms (08…, 628…, +62 8…) to E.164, as the service reads them.
  function normalisePhone(input) {
    let digits = (input || '').replace(/[\s().-]/g, '');
    const plus = digits.startsWith('+');
    if (plus) digits = digits.slice(1);
    if (!/^\d+$/.test(digits)) return null;
    if (!plus) {
      if (digits.startsWith('08')) digits = '62' + digits.slice(1);
      else if (digits.startsWith('8')) digits = '62' + digits;
    }
    if (digits.length < 8 || digits.length > 15 || digits.startsWith('0')) return null;
    return '+' + digits;
  }

  function citizen(phone) {
    return state.citizens.find((c) => c.phone === phone);
  }

  function initials(name, phone) {
    const words = (name || '').trim().split(/\s+/).filter(Boolean);
    if (words.length)
      return words
        .slice(0, 2)
        .map((w) => w[0].toUpperCase())
        .join('');
    return phone.slice(-2);
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  // WhatsApp's own formatting: *bold*, _italic_, ~strike~, ```mono```.
  function formatText(text) {
    return escapeHtml(text)
      .replace(/```([\s\S]+?)```/g, '<code>$1</code>')
      .replace(/(^|[\s(])\*(?!\s)([^*\n]+?)\*(?=$|[\s).,!?:;])/g, '$1<strong>$2</strong>')
      .replace(/(^|[\s(])_(?!\s)([^_\n]+?)_(?=$|[\s).,!?:;])/g, '$1<em>$2</em>')
      .replace(/(^|[\s(])~(?!\s)([^~\n]+?)~(?=$|[\s).,!?:;])/g, '$1<del>$2</del>');
  }

  function time(at) {
    return new Date(at).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });
  }

  function sortedMessages(phone) {
    const map = state.messages.get(phone);
    return map ? [...map.values()].sort((a, b) => new Date(a.at) - new Date(b.at)) : [];
  }

  function renderCitizens() {
    const list = $('citizens');
    list.replaceChildren();
    for (const c of state.citizens) {
      const li = document.createElement('li');
      li.className = c.phone === state.active ? 'active' : '';
      const last = sortedMessages(c.phone).at(-1);
      const unread = state.unread.get(c.phone) || 0;
      li.innerHTML =
        `<div class="avatar">${escapeHtml(initials(c.name, c.phone))}</div>` +
        `<div class="who"><div class="name">${escapeHtml(c.name || c.phone)}</div>` +
        `<div class="last">${escapeHtml(last ? (last.direction === 'in' ? 'Anda: ' : '') + (last.text || '[lampiran]') : c.phone)}</div></div>` +
        (unread ? `<span class="badge">${unread}</span>` : '');
      li.addEventListener('click', () => open(c.phone));
      list.append(li);
    }
  }

  function bubble(m) {
    const div = document.createElement('div');
    div.className = 'bubble ' + m.direction;
    let html = '';
    for (const url of m.mediaUrls || []) {
      html += /\/simulator\/media\/|\.(png|jpe?g|gif|webp)(\?|$)/i.test(url)
        ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener"><img src="${escapeHtml(url)}" alt="lampiran"></a>`
        : `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">Lampiran: ${escapeHtml(url)}</a>\n`;
    }
    if (m.template) html += `<div class="template">Templat ${escapeHtml(m.template)}</div>`;
    if (m.text) html += formatText(m.text);
    let meta = time(m.at);
    if (m.direction === 'in') {
      const ok = m.httpStatus === 200;
      const label = m.status === 'sending' ? 'mengirim…' : m.httpStatus ? 'HTTP ' + m.httpStatus : 'tidak terhubung';
      meta += `<span class="http ${ok || m.status === 'sending' ? '' : 'bad'}" title="Jawaban webhook /twilio/whatsapp">${label}</span>`;
    } else {
      const tick = TICKS[m.status] || { mark: '', label: m.status };
      meta += `<span class="ticks ${tick.cls || ''}" title="${escapeHtml(tick.label)}">${tick.mark}</span>`;
    }
    div.innerHTML = html + `<div class="meta">${meta}</div>`;
    return div;
  }

  function renderChat() {
    const box = $('messages');
    const c = citizen(state.active);
    $('chat-name').textContent = c ? c.name || c.phone : 'Pilih warga';
    $('chat-phone').textContent = c ? c.phone : '';
    $('chat-avatar').textContent = c ? initials(c.name, c.phone) : '?';
    $('send').disabled = !c || state.sending;
    if (!c) return;
    const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
    box.replaceChildren();
    let day = '';
    for (const m of sortedMessages(c.phone)) {
      const d = new Date(m.at).toLocaleDateString('id-ID', { weekday: 'long', day: 'numeric', month: 'long' });
      if (d !== day) {
        day = d;
        const sep = document.createElement('div');
        sep.className = 'day';
        sep.textContent = d;
        box.append(sep);
      }
      box.append(bubble(m));
    }
    if (!box.children.length) {
      box.innerHTML = '<div class="empty">Belum ada pesan. Coba ketik <b>halo</b> atau <b>menu</b>.</div>';
    }
    if (nearBottom || state.justOpened) box.scrollTop = box.scrollHeight;
    state.justOpened = false;
  }

  function open(phone) {
    state.active = phone;
    state.unread.delete(phone);
    state.justOpened = true;
    $('app').classList.add('chatting');
    renderCitizens();
    renderChat();
    $('text').focus();
  }

  function addCitizen(phone, name) {
    if (!citizen(phone)) {
      state.citizens.push({ phone, name: name || '' });
      saveCitizens();
    }
  }

  function merge(messages) {
    let changedActive = false;
    for (const m of messages) {
      if (!state.messages.has(m.phone)) state.messages.set(m.phone, new Map());
      const map = state.messages.get(m.phone);
      const isNew = !map.has(m.id);
      map.set(m.id, m);
      if (!citizen(m.phone)) addCitizen(m.phone, m.profileName || '');
      if (m.phone === state.active) changedActive = true;
      else if (isNew && m.direction === 'out') state.unread.set(m.phone, (state.unread.get(m.phone) || 0) + 1);
    }
    if (messages.length) {
      renderCitizens();
      if (changedActive) renderChat();
    }
  }

  async function poll() {
    try {
      const res = await fetch(`/simulator/api/messages?after=${state.version}`, { cache: 'no-store' });
      if (res.ok) {
        const body = await res.json();
        merge(body.messages || []);
        state.version = body.version || state.version;
      }
    } catch {
      /* the service restarts: try again */
    }
    setTimeout(poll, POLL_MS);
  }

  async function uploadFile(file) {
    const data = new FormData();
    data.append('file', file);
    $('attachment').hidden = false;
    $('attachment-name').textContent = 'Mengunggah ' + file.name + '…';
    const res = await fetch('/simulator/api/media', { method: 'POST', body: data });
    if (!res.ok) {
      $('attachment-name').textContent = 'Gagal mengunggah (HTTP ' + res.status + ')';
      state.mediaId = null;
      return;
    }
    const body = await res.json();
    state.mediaId = body.id;
    $('attachment-name').textContent = 'Foto: ' + file.name + ' (' + Math.ceil(body.length / 1024) + ' KB)';
  }

  function clearAttachment() {
    state.mediaId = null;
    $('file').value = '';
    $('attachment').hidden = true;
  }

  async function send(event) {
    event.preventDefault();
    const c = citizen(state.active);
    const text = $('text').value;
    if (!c || state.sending || (!text.trim() && !state.mediaId)) return;
    state.sending = true;
    $('send').disabled = true;
    try {
      const res = await fetch('/simulator/api/send', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ phone: c.phone, profileName: c.name, text, mediaId: state.mediaId }),
      });
      const body = await res.json().catch(() => ({}));
      if (res.ok && body.message) merge([body.message]);
      else alert(body.error || 'Gagal mengirim (HTTP ' + res.status + ')');
      $('text').value = '';
      clearAttachment();
    } finally {
      state.sending = false;
      renderChat();
      $('text').focus();
    }
  }

  $('add-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const phone = normalisePhone($('add-phone').value);
    if (!phone) {
      $('add-error').textContent = 'Nomor tidak valid. Contoh: 081234567890 atau +6281234567890.';
      return;
    }
    $('add-error').textContent = '';
    addCitizen(phone, $('add-name').value.trim());
    $('add-phone').value = '';
    $('add-name').value = '';
    open(phone);
  });
  $('composer').addEventListener('submit', send);
  $('text').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) send(event);
  });
  $('text').addEventListener('input', (event) => {
    event.target.style.height = 'auto';
    event.target.style.height = Math.min(event.target.scrollHeight, 140) + 'px';
  });
  $('file').addEventListener('change', (event) => {
    const file = event.target.files[0];
    if (file) uploadFile(file);
  });
  $('attachment-remove').addEventListener('click', clearAttachment);
  $('back').addEventListener('click', () => {
    $('app').classList.remove('chatting');
    state.active = null;
    renderCitizens();
  });

  renderCitizens();
  renderChat();
  // #+6281234567890 opens that citizen's chat (handy for links and browser tests).
  const linked = normalisePhone(decodeURIComponent(location.hash.slice(1)));
  if (linked) {
    addCitizen(linked, '');
    open(linked);
  }
  poll();
})();
