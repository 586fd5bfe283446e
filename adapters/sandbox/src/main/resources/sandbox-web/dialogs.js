// The page's small dialogs: a new persona, a new group, inviting someone into the open group.
// Uses the page's state and helpers from sandbox.js; called only once the page has started.
'use strict';

function ask({ title, help, value = '', options = null }) {
  return new Promise((resolve) => {
    const dialog = $('dialog');
    $('dialog-title').textContent = title;
    $('dialog-help').textContent = help || '';
    const input = $('dialog-input');
    const select = $('dialog-select');
    input.hidden = options !== null;
    select.hidden = options === null;
    input.value = value;
    select.replaceChildren(...(options || []).map(([id, label]) => new Option(label, id)));
    const finish = (result) => {
      dialog.close();
      $('dialog-form').onsubmit = null;
      $('dialog-cancel').onclick = null;
      resolve(result);
    };
    $('dialog-form').onsubmit = (event) => {
      event.preventDefault();
      finish(options === null ? input.value : select.value);
    };
    $('dialog-cancel').onclick = () => finish(null);
    dialog.showModal();
    (options === null ? input : select).focus();
  });
}

async function newPersona() {
  const name = await ask({ title: 'Thêm người mới', help: 'Họ và tên, ví dụ Nguyễn Thu Hà. Người mới chưa thuộc chi đoàn nào: hãy bấm nút tham gia trong nhóm.' });
  if (name === null) {
    return;
  }
  const created = await attempt(() => api('POST', '/personas', { name }));
  if (created) {
    state.persona = created.id;
    await selectPersona(await loadPersonas());
  }
}

async function newGroup() {
  const title = await ask({ title: 'Tạo nhóm chat mới', help: 'Bạn tạo nhóm và thêm bot vào. Sau đó bí thư gõ /lienket <mã> để liên kết nhóm với chi đoàn.' });
  if (title === null) {
    return;
  }
  const group = await attempt(() => api('POST', personaPath() + '/groups', { title }));
  if (group) {
    await loadChats();
    openChat(group.id, true);
  }
}

async function invite() {
  const chat = state.chats.find((c) => c.id === state.chat);
  const options = state.personas.filter((p) => !chat.members.includes(p.id))
    .map((p) => [p.id, p.name + ' — ' + describe(p)]);
  if (!options.length) {
    showToast('Mọi người đều đã ở trong nhóm.');
    return;
  }
  const guest = await ask({ title: 'Mời vào nhóm ' + chat.title, help: 'Người được mời sẽ thấy nhóm này trong danh sách của họ.', options });
  if (guest === null) {
    return;
  }
  const invited = await attempt(async () => {
    await api('POST', chatPath() + '/members', { persona: guest });
    return true;
  });
  if (invited) {
    await loadChats();
    openChat(state.chat, false);
  }
}
