// The sandbox page's script: plain DOM, no build step. It only ever writes the bot's text with
// textContent. Kept free of backticks and template placeholders: it lives in a template string.
export const PAGE_SCRIPT = String.raw`
'use strict';
var S = { user: localStorage.getItem('sandbox.user') || '', channel: '', data: null };
function $(id) { return document.getElementById(id); }
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}
// Slack escapes &, < and > in mrkdwn; links are <url|label>. Shown as plain text.
function unslack(t) {
  return String(t || '').replace(/<!subteam\^([^|>]+)(\|[^>]*)?>/g, '@$1').replace(/<!(here|channel|everyone)>/g, '@$1')
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)').replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
function txt(o) { return o ? unslack(o.text) : ''; }
// A text object into a new element: mrkdwn's *bold*, _italic_ and code become elements, the rest text.
var MARKS = { '*': 'b', '_': 'i', '~': 's', '\u0060': 'code' };
function rich(tag, cls, o) {
  var e = el(tag, cls);
  var parts = txt(o).split(/(\*[^*\n]+\*|_[^_\n]+_|~[^~\n]+~|\u0060[^\u0060\n]+\u0060)/);
  parts.forEach(function (p) {
    var mark = p.length > 2 && o.type === 'mrkdwn' && MARKS[p[0]] && p[p.length - 1] === p[0] ? MARKS[p[0]] : null;
    e.appendChild(mark ? el(mark, '', p.slice(1, -1)) : document.createTextNode(p));
  });
  return e;
}
function post(path, body) {
  return fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    .then(function (r) { return r.json(); });
}
function status(s) { $('status').textContent = s; }

function renderElement(e, msg) {
  if (e.type === 'button') {
    var b = el('button', e.style || '', txt(e.text));
    b.dataset.action = e.action_id;
    b.onclick = function () {
      status('sending ' + e.action_id + '…');
      post('/sandbox/click', { user: S.user, channel: msg.channel, ts: msg.ts, actionId: e.action_id, value: e.value || '' })
        .then(function (r) { status('bot answered ' + r.status); });
    };
    return b;
  }
  if (e.type === 'static_select') {
    var s = el('select');
    s.dataset.action = e.action_id;
    s.appendChild(el('option', '', e.placeholder ? txt(e.placeholder) : 'Choose…')).value = '';
    (e.options || []).forEach(function (o) { s.appendChild(el('option', '', txt(o.text))).value = o.value; });
    s.onchange = function () {
      if (!s.value) return;
      post('/sandbox/click', { user: S.user, channel: msg.channel, ts: msg.ts, actionId: e.action_id, selectedValue: s.value });
    };
    return s;
  }
  return el('span', '', '[' + e.type + ']');
}

function renderBlocks(blocks, msg, into) {
  (blocks || []).forEach(function (b) {
    if (b.type === 'header') into.appendChild(el('div', 'b-header', txt(b.text)));
    else if (b.type === 'divider') into.appendChild(el('hr', 'b-divider'));
    else if (b.type === 'context') {
      var c = el('div', 'b-context');
      (b.elements || []).forEach(function (x, i) { if (i) c.appendChild(document.createTextNode('  ·  ')); c.appendChild(rich('span', '', x)); });
      into.appendChild(c);
    }
    else if (b.type === 'section') {
      if (b.text) into.appendChild(rich('div', 'b-section', b.text));
      if (b.fields) {
        var f = el('div', 'b-fields');
        b.fields.forEach(function (x) { f.appendChild(rich('div', 'b-section', x)); });
        into.appendChild(f);
      }
      if (b.accessory) into.appendChild(renderElement(b.accessory, msg));
    } else if (b.type === 'actions') {
      var a = el('div', 'b-actions');
      (b.elements || []).forEach(function (x) { a.appendChild(renderElement(x, msg)); });
      into.appendChild(a);
    } else into.appendChild(el('div', 'b-context', '[' + b.type + ' block]'));
  });
}

function renderMessage(m, cls, who) {
  var box = el('div', 'msg ' + (cls || ''));
  box.dataset.ts = m.ts || '';
  var when = m.ts ? new Date(Number(m.ts) * 1000).toISOString().slice(0, 16).replace('T', ' ') : '';
  box.appendChild(el('div', 'meta', (who || 'noticeboard') + '  ' + when + (m.edits ? '  (edited)' : '')));
  if (m.blocks && m.blocks.length) renderBlocks(m.blocks, m, box);
  else box.appendChild(rich('div', 'b-section', { type: 'mrkdwn', text: m.text }));
  return box;
}

function render() {
  var d = S.data;
  if (!d) return;
  $('now').textContent = d.now.slice(0, 16).replace('T', ' ') + ' UTC';
  var acting = $('acting');
  if (acting.options.length !== d.people.length) {
    acting.textContent = '';
    d.people.forEach(function (p) { acting.appendChild(el('option', '', p.name + ' (' + p.id + ')')).value = p.id; });
  }
  if (!S.user && d.people[0]) S.user = d.people[0].id;
  acting.value = S.user;
  if (!S.channel && d.channels[0]) S.channel = d.channels[0].id;
  var nav = $('channels');
  nav.textContent = '';
  nav.appendChild(el('div', 'meta', '  Channels'));
  d.channels.forEach(function (c) {
    if (c.id[0] === 'D' && c.id !== 'D' + S.user.slice(1)) return;
    var name = c.id[0] === 'D' ? 'DM with noticeboard' : c.id;
    var b = el('button', c.id === S.channel ? 'active' : '', name + ' (' + c.messages.length + ')');
    b.dataset.channel = c.id;
    b.onclick = function () { S.channel = c.id; render(); };
    nav.appendChild(b);
  });
  var feed = $('feed');
  feed.textContent = '';
  var composer = el('form');
  composer.id = 'composer';
  var input = el('input');
  input.placeholder = '/notices help — a slash command in ' + (S.channel || 'this channel');
  composer.appendChild(input);
  composer.appendChild(el('button', '', 'Send'));
  composer.onsubmit = function (ev) {
    ev.preventDefault();
    post('/sandbox/command', { user: S.user, channel: S.channel, text: input.value });
    input.value = '';
  };
  feed.appendChild(composer);
  var channel = d.channels.find(function (c) { return c.id === S.channel; });
  if (channel && channel.messages.length === 0) feed.appendChild(el('p', '', 'Nothing posted here yet.'));
  (channel ? channel.messages : []).forEach(function (m) {
    var box = renderMessage(m, 'post');
    if (m.replies.length) {
      var t = el('div', 'thread');
      m.replies.forEach(function (r) { t.appendChild(renderMessage(r, 'reply')); });
      box.appendChild(t);
    }
    feed.appendChild(box);
  });
  d.ephemerals.filter(function (e) { return e.channel === S.channel; }).forEach(function (e) {
    feed.appendChild(renderMessage({ ts: e.messageTs, channel: e.channel, text: e.text, blocks: e.blocks }, 'ephemeral', 'Only visible to you'));
  });
  d.responses.forEach(function (r) {
    feed.appendChild(renderMessage({ ts: '', channel: r.channel, text: r.body.text, blocks: r.body.blocks }, 'ephemeral', 'Only visible to you (/notices)'));
  });
  renderModal(d.view);
}

function renderModal(v) {
  var root = $('modal-root');
  if (!v) { root.textContent = ''; S.modal = null; return; }
  if (S.modal === v.hash) return;
  S.modal = v.hash;
  root.textContent = '';
  var back = el('div', 'backdrop');
  var m = el('form', 'modal');
  m.dataset.callback = v.view.callback_id || '';
  m.appendChild(el('h2', '', txt(v.view.title)));
  var inputs = [];
  (v.view.blocks || []).forEach(function (b) {
    if (b.type !== 'input') return renderBlocks([b], {}, m);
    var e = b.element, field;
    m.appendChild(el('label', '', txt(b.label)));
    if (e.type === 'datetimepicker') {
      field = el('input'); field.type = 'datetime-local';
      if (e.initial_date_time) field.value = new Date(e.initial_date_time * 1000 - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 16);
    } else if (e.type === 'static_select') {
      field = el('select');
      (e.options || []).forEach(function (o) { field.appendChild(el('option', '', txt(o.text))).value = o.value; });
    } else {
      field = el(e.multiline ? 'textarea' : 'input');
      if (e.initial_value) field.value = e.initial_value;
    }
    field.name = b.block_id;
    m.appendChild(field);
    if (b.hint) m.appendChild(el('div', 'hint', txt(b.hint)));
    var err = el('div', 'error'); err.dataset.block = b.block_id; m.appendChild(err);
    inputs.push({ block: b, field: field });
  });
  var buttons = el('div', 'buttons');
  var cancel = el('button', '', v.view.close ? txt(v.view.close) : 'Cancel'); cancel.type = 'button';
  cancel.onclick = function () { post('/sandbox/close', { viewId: v.id }); };
  buttons.appendChild(cancel);
  buttons.appendChild(el('button', 'primary', v.view.submit ? txt(v.view.submit) : 'Submit'));
  m.appendChild(buttons);
  m.onsubmit = function (ev) {
    ev.preventDefault();
    var values = {};
    inputs.forEach(function (i) {
      var e = i.block.element, x = { type: e.type };
      if (e.type === 'datetimepicker') x.selected_date_time = i.field.value ? Math.floor(new Date(i.field.value).getTime() / 1000) : null;
      else if (e.type === 'static_select') x.selected_option = i.field.value ? { value: i.field.value, text: { type: 'plain_text', text: i.field.value } } : null;
      else x.value = i.field.value || null;
      values[i.block.block_id] = {}; values[i.block.block_id][e.action_id] = x;
    });
    post('/sandbox/submit', { user: S.user, viewId: v.id, values: values }).then(function (r) {
      if (r.accepted) return;
      var errors = {};
      try { errors = JSON.parse(r.body).errors || {}; } catch (e) { errors = {}; }
      m.querySelectorAll('.error').forEach(function (n) { n.textContent = errors[n.dataset.block] || ''; });
    });
  };
  back.appendChild(m);
  root.appendChild(back);
}

function refresh() {
  return fetch('/sandbox/state?user=' + encodeURIComponent(S.user)).then(function (r) { return r.json(); })
    .then(function (d) { S.data = d; render(); document.body.dataset.loaded = 'yes'; });
}
$('acting').onchange = function () { S.user = this.value; localStorage.setItem('sandbox.user', S.user); S.modal = null; refresh(); };
document.querySelectorAll('#clock button').forEach(function (b) {
  b.onclick = function () { status('moving the clock…'); post('/sandbox/clock', { ms: Number(b.dataset.ms) }).then(function (r) { status(r.error ? 'clock not moved: ' + r.error : 'clock moved'); refresh(); }); };
});
var pending = null;
new EventSource('/sandbox/events').addEventListener('change', function () {
  if (pending) return;
  pending = setTimeout(function () { pending = null; refresh(); }, 50);
});
refresh();
// the sandbox time runs on between changes
setInterval(refresh, 30000);
`;
