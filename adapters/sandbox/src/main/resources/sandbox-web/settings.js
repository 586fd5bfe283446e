// The bot's settings beside the chats: Telegram's privacy mode in groups, and the demo province for a
// trainee who started the app without it.
// Uses the page's state and helpers from sandbox.js; called only once the page has started.
'use strict';

const PRIVACY_ON = 'Chế độ riêng tư bật: trong nhóm, bot chỉ nhận lệnh và tin trả lời tin của bot (như Telegram mặc định).';
const PRIVACY_OFF = 'Chế độ riêng tư tắt: bot nhận mọi tin nhắn trong nhóm.';
const DEMO_CREATED = 'Đã tạo Tỉnh đoàn An Hòa mẫu. Chọn người ở ô «Đang là», ví dụ «Bí thư · Chi đoàn 12A1».';

async function loadSettings() {
  showSettings(await api('GET', '/settings'));
}

function showSettings(settings) {
  $('privacy-mode').checked = settings.privacyMode;
  $('demo').hidden = settings.demo;
}

/** The demo province, for a trainee who started the app without it: its people appear in the picker. */
async function createDemo() {
  $('create-demo').disabled = true;
  const settings = await attempt(() => api('POST', '/demo'));
  $('create-demo').disabled = false;
  if (settings) {
    await attempt(refreshPersonas);
    showSettings(settings);
    showToast(DEMO_CREATED);
  }
}

async function changePrivacyMode(box) {
  const wanted = box.checked;
  const settings = await attempt(() => api('PUT', '/settings', { privacyMode: wanted }));
  box.checked = settings ? settings.privacyMode : !wanted;
  if (settings) {
    showToast(settings.privacyMode ? PRIVACY_ON : PRIVACY_OFF);
  }
}
