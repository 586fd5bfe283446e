package vn.chidoan.core.features.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FanoutProvince;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * A notice to five branches goes out two branches at a time; the instance dies on the second slice (after
 * its messages were stored, before the cursor moved). The next sweep carries on from the cursor: every
 * group gets the notice exactly once, the progress message reports it finished, and a replay adds nothing.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class NoticeFanoutTest {
    @Parameter
    Database db;

    FanoutProvince province;
    TestBot bot;
    Speaker officer;
    List<Scenarios.Branch> branches;

    /** The notice kind dies once after it delivered its second slice: the cursor did not move. */
    @BeforeEach
    void provinceOfFiveBranches() {
        province = FanoutProvince.on(db);
        province.failOnce(NoticeFanout.KIND, 2, true);
        bot = province.bot();
        officer = province.officer();
        branches = province.branches();
    }

    List<RecordingOutbox.Sent> noticesTo(Scenarios.Branch branch) {
        return bot.outbox().messagesTo(branch.group()).stream().filter(m -> m.key().startsWith("notice:1:chat:"))
                .toList();
    }

    @Test
    void aBroadcastKilledMidWayResumesFromItsCursorAndNoGroupGetsTheNoticeTwice() {
        Turn options = bot.inPrivate(officer).says("/thongbao Tổng kết công tác Đoàn năm 2026.");
        Turn sent = bot.inPrivate(officer).presses(options.buttonData("dlg:send"));
        NoticeProgress progress = bot.bean(NoticeProgress.class);

        assertThat(branches).filteredOn(b -> !noticesTo(b).isEmpty()).as("two slices stored, then it died")
                .hasSize(4);
        progress.tick();
        assertThat(bot.bean(Notices.class).get(1).sentAt()).as("not finished while branches are left").isNull();

        assertThat(province.sweep()).isEqualTo(1);
        progress.tick();

        for (Scenarios.Branch branch : branches) {
            assertThat(noticesTo(branch)).as(branch.name()).hasSize(1);
        }
        assertThat(bot.outbox().attempts()).as("the slice handed again was refused by its keys, not sent twice")
                .filteredOn(key -> key.startsWith("notice:1:chat:")).hasSize(5 + 2);
        assertThat(bot.bean(Notices.class).get(1).sentAt()).isNotNull();
        assertThat(bot.outbox().messagesTo(officer.ref().privateChat())).extracting(RecordingOutbox.Sent::text)
                .anySatisfy(text -> assertThat(text).contains("Đã gửi xong: 5/5 tin"));
        int stored = bot.outbox().size();
        assertThat(bot.replay(sent).messages()).isEmpty();
        province.sweep();
        assertThat(bot.outbox().size()).isEqualTo(stored);
        assertThat(bot.bean(Notices.class).find(2)).as("a replay makes no second notice").isEmpty();
    }
}
