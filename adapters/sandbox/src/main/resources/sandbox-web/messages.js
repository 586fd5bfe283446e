// How a message looks on the sandbox page: bubble, quoted reply, file or photo (a QR code with a start
// link is "scanned" by a click), the bot's buttons (a press goes to the bot; a link button follows its
// link) and the time line with "reply".
// Uses the page's state and helpers from sandbox.js; called only once the page has started.
'use strict';

function renderMessage(message) {
  const bot = message.from === null;
  const mine = message.from === state.persona;
  const item = document.createElement('li');
  item.className = 'msg ' + (bot ? 'bot' : mine ? 'mine' : 'other');
  item.dataset.messageId = message.id;
  if (!mine) {
    const who = document.createElement('div');
    who.className = 'msg-from';
    who.textContent = bot ? BOT_NAME : message.fromName;
    item.appendChild(who);
  }
  if (message.replyTo && state.messages.has(message.replyTo)) {
    const quoted = state.messages.get(message.replyTo);
    const quote = document.createElement('div');
    quote.className = 'msg-quote';
    quote.textContent = (quoted.from === null ? BOT_NAME : quoted.fromName) + ': ' + preview(quoted);
    item.appendChild(quote);
  }
  if (message.file) {
    item.appendChild(renderFile(message.file));
  }
  const body = document.createElement('div');
  body.className = 'msg-body';
  body.appendChild(bot ? RichText.render(message.markup) : RichText.plain(message.text));
  item.appendChild(body);
  if (bot && message.buttons.length) {
    item.appendChild(renderButtons(message));
  }
  item.appendChild(renderMeta(message));
  return item;
}

function preview(message) {
  const text = message.from === null ? RichText.render(message.markup).textContent : message.text;
  return text.length > 80 ? text.slice(0, 80) + '…' : text;
}

function renderFile(file) {
  const url = API + personaPath() + '/files/' + encodeURIComponent(file.id);
  if (file.kind === 'PHOTO' && /^image\/(png|jpeg|gif|webp)$/.test(file.mime)) {
    const link = document.createElement('a');
    const scan = file.link && startPayload(file.link) ? file.link : null;
    if (scan) {
      // A QR code with a start link: a click does what a phone's camera would (the page follows it).
      link.href = scan;
      link.className = 'msg-scan';
      link.title = 'Bấm vào mã để quét, như quét bằng điện thoại';
    } else {
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener';
    }
    const img = document.createElement('img');
    img.src = url;
    img.alt = file.name;
    img.className = 'msg-photo';
    img.addEventListener('load', keepAtEnd);
    link.appendChild(img);
    if (scan) {
      const hint = document.createElement('span');
      hint.className = 'msg-scan-hint';
      hint.textContent = '📷 ' + link.title;
      link.appendChild(hint);
    }
    return link;
  }
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.className = 'msg-file';
  link.textContent = file.name + ' (' + size(file.size) + ')';
  return link;
}

function size(bytes) {
  return bytes < 1024 ? bytes + ' B' : bytes < 1048576 ? Math.round(bytes / 1024) + ' KB'
    : (bytes / 1048576).toFixed(1).replace('.', ',') + ' MB';
}

function renderButtons(message) {
  const rows = document.createElement('div');
  rows.className = 'msg-buttons';
  for (const row of message.buttons) {
    const line = document.createElement('div');
    line.className = 'msg-button-row';
    for (const button of row) {
      line.appendChild(button.url ? linkButton(button) : actionButton(message, button));
    }
    rows.appendChild(line);
  }
  return rows;
}

function actionButton(message, button) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'bot-button';
  element.textContent = button.label;
  element.addEventListener('click', async () => {
    element.disabled = true;
    await attempt(() => api('POST', chatPath() + '/presses', { messageId: message.id, data: button.data }));
    setTimeout(() => { element.disabled = false; }, 800);
  });
  return element;
}

function linkButton(button) {
  const href = RichText.safeHref(button.url);
  const element = document.createElement('a');
  element.className = 'bot-button link';
  element.textContent = button.label + ' ↗';
  if (href) {
    element.href = href;
    if (!href.startsWith('/sandbox/')) {
      element.target = '_blank';
      element.rel = 'noopener noreferrer';
    }
  }
  return element;
}

function renderMeta(message) {
  const meta = document.createElement('div');
  meta.className = 'msg-meta';
  const time = new Date(message.at).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });
  meta.textContent = time + (message.edited ? ' · đã sửa' : '');
  if (message.notForBot) {
    const unheard = document.createElement('span');
    unheard.className = 'not-for-bot';
    unheard.textContent = 'bot không nhận';
    unheard.title = 'Chế độ riêng tư của bot đang bật: trong nhóm, bot chỉ nhận lệnh (/…) và tin trả lời tin của bot.';
    meta.appendChild(unheard);
  }
  const reply = document.createElement('button');
  reply.type = 'button';
  reply.className = 'reply';
  reply.textContent = '↩ Trả lời';
  reply.addEventListener('click', () => startReply(message));
  meta.appendChild(reply);
  return meta;
}
