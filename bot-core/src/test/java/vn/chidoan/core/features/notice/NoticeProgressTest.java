package vn.chidoan.core.features.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.testing.RecordingOutbox;

/**
 * The sender's progress message: edited in place, naming the branches it could not reach; and it gives way
 * to the sender's own answers: its states go at {@link Priority#PROGRESS}, behind the replies to their
 * commands in the same chat, and while one state still waits for the chat no newer one is stored (it
 * would only queue behind it).
 */
class NoticeProgressTest extends NoticeScenarioTest {
    @Test
    void theProgressMessageIsEditedInPlaceAndNamesTheBranchWhoseGroupRemovedTheBot() {
        s.bot.outbox().unreachable(s.b1.group());
        s.sends(s.province, "/thongbao Lịch tiếp dân.");
        NoticeProgress progress = s.bot.bean(NoticeProgress.class);

        assertThat(progress.tick()).isEqualTo(1);
        assertThat(progress.tick()).as("nothing changed, nothing edited").isZero();

        RecordingOutbox.Sent edit = toPrivate(s.province, "notice:1:progress:").stream().reduce((a, b) -> b).orElseThrow();
        assertThat(edit.message().editOf()).isEqualTo(RecordingOutbox.deliveredId("notice:1:progress"));
        assertThat(edit.text()).contains("Đã gửi xong: 2/3 tin", "1 không gửi được",
                "Chi đoàn B1: bot đã bị xóa khỏi nhóm");
        assertThat(s.notices().get(1).sentAt()).isNotNull();
    }

    @Test
    void aStateGoesBehindTheSendersAnswersAndNoNewerOneIsStoredWhileItWaits() {
        s.sends(s.province, "/thongbao Lịch tiếp dân.");
        s.bot.outbox().slow(s.a1.group(), true); // the notice is still going out
        NoticeProgress progress = s.bot.bean(NoticeProgress.class);
        ChatRef sender = s.province.ref().privateChat();
        assertThat(progress.tick()).isEqualTo(1);
        assertThat(states(sender)).singleElement().extracting(RecordingOutbox.Sent::priority).isEqualTo(Priority.PROGRESS);

        s.bot.outbox().slow(sender, true);
        s.bot.outbox().unreachable(s.b1.group());
        assertThat(progress.tick()).as("the first state still waits for the sender's chat").isZero();
        assertThat(states(sender)).hasSize(1);

        s.bot.outbox().slow(sender, false);
        assertThat(progress.tick()).isEqualTo(1);
        assertThat(states(sender)).hasSize(2).last().satisfies(state -> assertThat(state.text())
                .contains("Chi đoàn B1: bot đã bị xóa khỏi nhóm"));
    }

    private List<RecordingOutbox.Sent> states(ChatRef sender) {
        return s.bot.outbox().messagesTo(sender).stream().filter(m -> m.key().startsWith("notice:1:progress:")).toList();
    }
}
