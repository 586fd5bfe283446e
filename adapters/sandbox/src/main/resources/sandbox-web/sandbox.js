// The sandbox page: pick a persona, open their private chat or one of their groups, type, press buttons.
// Everything typed goes to the real bot through /sandbox/api; the page polls for what changed.
'use strict';

const API = 'api';
const BOT_NAME = 'Chi Đoàn Số';
const START_LINK = '/sandbox/#start=';
const POLL_MS = 700;
const CHATS_POLL_MS = 3000;

const ROLE_LABELS = {
  ADMIN: 'Quản trị', OFFICER: 'Cán bộ Đoàn', SECRETARY: 'Bí thư', BCH: 'Ban chấp hành', MEMBER: 'Đoàn viên',
  GUEST: 'Khách'
};
const ERRORS = {
  unknown_persona: 'Không tìm thấy người này.',
  unknown_chat: 'Người này không ở trong cuộc trò chuyện đó.',
  unknown_message: 'Không tìm thấy tin nhắn được trả lời.',
  unknown_button: 'Nút này không còn nữa.',
  unknown_file: 'Không tìm thấy tệp.',
  not_a_group: 'Chỉ mời được người vào nhóm.',
  bad_name: 'Họ tên cần từ 2 đến 60 ký tự.',
  bad_title: 'Tên nhóm cần từ 2 đến 80 ký tự.',
  empty: 'Hãy nhập nội dung hoặc chọn tệp.',
  too_long: 'Tin nhắn quá dài (tối đa 4.096 ký tự).',
  too_big: 'Tệp quá lớn (tối đa 5 MB).',
  empty_file: 'Tệp rỗng hoặc không đọc được.',
  network: 'Không kết nối được với bot. Ứng dụng còn chạy không?'
};

const $ = (id) => document.getElementById(id);
const state = {
  personas: [], persona: null, chats: [], chat: null, messages: new Map(), lastRev: 0,
  seen: stored('sandbox.seen', {}), replyTo: null, file: null, atEnd: true, scrollTop: 0
};

/** What the page keeps between visits (the persona, each one's open chat, what they have read). */
function stored(key, fallback) {
  try {
    return JSON.parse(localStorage.getItem(key)) || fallback;
  } catch (e) {
    return fallback;
  }
}

// ---- talking to the app ----

async function api(method, path, body) {
  let response;
  try {
    response = await fetch(API + path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  } catch (e) {
    throw new Error(ERRORS.network);
  }
  if (!response.ok) {
    let code = null;
    try {
      code = (await response.json()).error;
    } catch (e) { /* not JSON */ }
    throw new Error(ERRORS[code] || ERRORS.network);
  }
  return response.status === 200 ? response.json() : null;
}

const personaPath = () => '/personas/' + encodeURIComponent(state.persona);
const chatPath = (chat) => personaPath() + '/chats/' + encodeURIComponent(chat || state.chat);

function showToast(text) {
  const toast = $('toast');
  toast.textContent = text;
  toast.hidden = false;
  clearTimeout(showToast.timer);
  showToast.timer = setTimeout(() => { toast.hidden = true; }, 3500);
}

async function attempt(work) {
  try {
    return await work();
  } catch (e) {
    showToast(e.message);
    return null;
  }
}

// ---- personas ----

function describe(person) {
  if (!person.roles.length) {
    return 'Người mới';
  }
  return person.roles.map((r) => (ROLE_LABELS[r.role] || r.role) + (r.unit ? ' · ' + r.unit : '')).join('; ');
}

function groupOf(person) {
  if (person.roles.some((r) => r.role === 'ADMIN' || r.role === 'OFFICER')) {
    return 'Quản trị và cán bộ Đoàn';
  }
  const branch = person.roles.find((r) => r.unit);
  return branch ? branch.unit : 'Người mới';
}

/** Reads the personas again (their roles change as they join and link) and fills the picker. */
async function loadPersonas() {
  state.personas = await api('GET', '/personas');
  showPersonas();
  const saved = localStorage.getItem('sandbox.persona');
  const chosen = state.personas.find((p) => p.id === (state.persona || saved)) || state.personas[0];
  $('persona').value = chosen.id;
  return chosen.id;
}

/** Shows the personas again when someone's role changed (joined, became BCH, linked a group). */
async function refreshPersonas() {
  const personas = await api('GET', '/personas');
  if (JSON.stringify(personas) === JSON.stringify(state.personas)) {
    return;
  }
  state.personas = personas;
  showPersonas();
  $('persona').value = state.persona;
  showRoles();
}

function showRoles() {
  const person = state.personas.find((p) => p.id === state.persona);
  $('persona-roles').textContent = person ? person.name + ': ' + describe(person) : '';
}

function showPersonas() {
  const select = $('persona');
  select.replaceChildren();
  const groups = new Map();
  for (const person of state.personas) {
    const label = groupOf(person);
    if (!groups.has(label)) {
      const optgroup = document.createElement('optgroup');
      optgroup.label = label;
      groups.set(label, optgroup);
      select.appendChild(optgroup);
    }
    const option = document.createElement('option');
    option.value = person.id;
    option.textContent = person.name + ' — ' + describe(person);
    groups.get(label).appendChild(option);
  }
}

async function selectPersona(id) {
  state.persona = id;
  localStorage.setItem('sandbox.persona', id);
  $('persona').value = id;
  showRoles();
  await loadChats();
  const remembered = localStorage.getItem('sandbox.chat.' + id);
  openChat(state.chats.some((c) => c.id === remembered) ? remembered : id, false);
}

// ---- chats ----

function chatTitle(chat) {
  return chat.kind === 'private' ? BOT_NAME + ' (chat riêng)' : chat.title;
}

async function loadChats() {
  const chats = await api('GET', personaPath() + '/chats');
  if (!chats) {
    return;
  }
  state.chats = chats;
  const list = $('chat-list');
  list.replaceChildren();
  for (const chat of chats) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.chat = chat.id;
    button.className = 'chat-item' + (chat.id === state.chat ? ' active' : '');
    const seen = state.seen[state.persona + '|' + chat.id] || 0;
    const avatar = document.createElement('span');
    avatar.className = 'avatar' + (chat.kind === 'group' ? ' group' : '');
    avatar.textContent = chat.kind === 'private' ? 'CĐ' : initials(chat.title);
    const name = document.createElement('span');
    name.className = 'chat-item-name';
    name.textContent = chatTitle(chat);
    const sub = document.createElement('span');
    sub.className = 'chat-item-sub';
    sub.textContent = chat.kind === 'private' ? 'Chỉ bạn và bot' : chat.members.length + ' người trong nhóm';
    button.append(avatar, name, sub);
    if (chat.lastRev > seen && chat.id !== state.chat) {
      const dot = document.createElement('span');
      dot.className = 'unread';
      dot.setAttribute('aria-label', 'Có tin mới');
      button.appendChild(dot);
    }
    button.addEventListener('click', () => openChat(chat.id, true));
    item.appendChild(button);
    list.appendChild(item);
  }
}

/** Two letters for a chat's avatar: the words that tell groups apart, without "chi đoàn". */
function initials(title) {
  const words = title.split(/\s+/).filter((w) => w && !/^(chi|đoàn|nhóm)$/i.test(w));
  if (!words.length) {
    return '?';
  }
  const letters = words.length === 1 ? words[0].slice(0, 2) : words.slice(-2).map((w) => w[0]).join('');
  return letters.toUpperCase();
}

function openChat(id, showIt) {
  state.chat = id;
  state.messages = new Map();
  state.lastRev = 0;
  state.atEnd = true;
  state.scrollTop = 0;
  cancelReply();
  localStorage.setItem('sandbox.chat.' + state.persona, id);
  const chat = state.chats.find((c) => c.id === id);
  $('chat-title').textContent = chat ? chatTitle(chat) : BOT_NAME;
  $('chat-sub').textContent = chat && chat.kind === 'group'
    ? chat.members.map(nameOf).join(', ') : 'Chat riêng của bạn với bot';
  $('invite').hidden = !chat || chat.kind !== 'group';
  $('messages').replaceChildren();
  document.querySelectorAll('.chat-item').forEach((b) => b.classList.toggle('active', b.dataset.chat === id));
  if (showIt) {
    document.body.classList.add('in-chat');
  }
  poll(true);
}

function nameOf(id) {
  const person = state.personas.find((p) => p.id === id);
  return person ? person.name : id;
}

// ---- messages ----

async function poll(first) {
  const chat = state.chat;
  const persona = state.persona;
  const changes = await api('GET', chatPath(chat) + '/messages?after=' + state.lastRev).catch(() => null);
  if (!changes || chat !== state.chat || persona !== state.persona) {
    return;
  }
  for (const message of changes) {
    state.lastRev = Math.max(state.lastRev, message.rev);
    if (message.toastFor) {
      if (!first) {
        showToast(message.toast);
      }
      continue;
    }
    state.messages.set(message.id, message);
    showMessage(message);
  }
  if (state.seen[persona + '|' + chat] !== state.lastRev) {
    state.seen[persona + '|' + chat] = state.lastRev;
    localStorage.setItem('sandbox.seen', JSON.stringify(state.seen));
  }
  $('empty').hidden = state.messages.size > 0;
  if (changes.length) {
    scrollToEnd();
  }
}

/** A message in its place in the chat, the order things were said in: an edit stays where it was. */
function showMessage(message) {
  const list = $('messages');
  const existing = list.querySelector('[data-message-id="' + CSS.escape(message.id) + '"]');
  const item = renderMessage(message);
  item.dataset.order = message.order;
  if (existing) {
    existing.replaceWith(item);
    return;
  }
  const next = [...list.children].find((shown) => Number(shown.dataset.order) > message.order);
  list.insertBefore(item, next || null);
}

function scrollToEnd() {
  const list = $('messages');
  list.scrollTop = list.scrollHeight;
  state.atEnd = true;
}

/** A photo that loads after it was shown makes the chat taller: still at the end if the reader was. */
function keepAtEnd() {
  if (state.atEnd) {
    scrollToEnd();
  }
}

function startReply(message) {
  state.replyTo = message.id;
  $('reply-name').textContent = message.from === null ? BOT_NAME : message.fromName;
  $('reply-text').textContent = preview(message);
  $('reply-bar').hidden = false;
  $('text').focus();
}

function cancelReply() {
  state.replyTo = null;
  $('reply-bar').hidden = true;
}

// ---- saying things ----

async function say(text, chat) {
  const body = { text, replyTo: chat ? null : state.replyTo, file: chat ? null : state.file };
  const sent = await attempt(() => api('POST', chatPath(chat) + '/messages', body));
  if (sent && !chat) {
    $('text').value = '';
    autosize();
    cancelReply();
    clearFile();
  }
  poll(false);
  return sent;
}

/** A start link (the join button, a code's link): opens the persona's private chat and sends /start. */
async function followStartLink(payload) {
  if (state.chat !== state.persona) {
    openChat(state.persona, true);
  }
  await say('/start ' + payload, state.persona);
}

function startPayload(href) {
  const at = href.indexOf(START_LINK);
  return at < 0 ? null : decodeURIComponent(href.slice(at + START_LINK.length));
}

function readFile(input) {
  const chosen = input.files[0];
  if (!chosen) {
    return;
  }
  const reader = new FileReader();
  reader.onload = () => {
    const data = String(reader.result);
    state.file = { name: chosen.name, type: chosen.type, data: data.slice(data.indexOf(',') + 1) };
    $('file-name').textContent = chosen.name;
    $('file-name').hidden = false;
  };
  reader.readAsDataURL(chosen);
}

function clearFile() {
  state.file = null;
  $('file').value = '';
  $('file-name').hidden = true;
}

function autosize() {
  const text = $('text');
  text.style.height = 'auto';
  text.style.height = Math.min(text.scrollHeight, 160) + 'px';
}

// ---- wiring ----

function wire() {
  $('persona').addEventListener('change', async (event) => {
    state.persona = event.target.value;
    await attempt(loadPersonas);
    await selectPersona(state.persona);
  });
  $('new-persona').addEventListener('click', newPersona);
  $('new-group').addEventListener('click', newGroup);
  $('invite').addEventListener('click', invite);
  $('back').addEventListener('click', () => document.body.classList.remove('in-chat'));
  $('reply-cancel').addEventListener('click', cancelReply);
  $('file').addEventListener('change', (event) => readFile(event.target));
  $('file-name').addEventListener('click', clearFile);
  $('text').addEventListener('input', autosize);
  $('text').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('composer').requestSubmit();
    }
  });
  $('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    say($('text').value);
  });
  window.addEventListener('resize', scrollToEnd);
  $('messages').addEventListener('scroll', () => {
    // Only the reader scrolling up leaves the end: a photo or the emoji font loading makes the chat taller
    // without moving it, and must not count as leaving.
    const list = $('messages');
    if (list.scrollHeight - list.scrollTop - list.clientHeight < 40) {
      state.atEnd = true;
    } else if (list.scrollTop < state.scrollTop) {
      state.atEnd = false;
    }
    state.scrollTop = list.scrollTop;
  });
  document.fonts.addEventListener('loadingdone', keepAtEnd);
  $('privacy-mode').addEventListener('change', (event) => changePrivacyMode(event.target));
  $('create-demo').addEventListener('click', createDemo);
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    const payload = link && startPayload(link.getAttribute('href'));
    if (payload) {
      event.preventDefault();
      followStartLink(payload);
    }
  });
}

function loop(work, every) {
  const run = async () => {
    if (state.persona) {
      await work().catch(() => null);
    }
    setTimeout(run, every);
  };
  setTimeout(run, every);
}

async function main() {
  wire();
  const first = await attempt(loadPersonas);
  if (first) {
    await selectPersona(first);
  }
  const payload = startPayload(window.location.href);
  if (payload && state.persona) {
    history.replaceState(null, '', window.location.pathname);
    await followStartLink(payload);
  }
  await attempt(loadSettings);
  loop(() => poll(false), POLL_MS);
  loop(loadChats, CHATS_POLL_MS);
  loop(refreshPersonas, CHATS_POLL_MS);
}

main();
