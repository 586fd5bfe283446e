package vn.chidoan.core.features.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FanoutProvince;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * An officer's post to every branch of their unit is answered at once and sent in slices: interrupted
 * mid-way, the next sweep sends the rest, and each branch gets the post and its reminder exactly once.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class CommentFanoutTest {
    @Parameter
    Database db;

    FanoutProvince province;
    TestBot bot;
    Speaker officer;
    List<Scenarios.Branch> branches;

    @BeforeEach
    void provinceOfFiveBranches() {
        province = FanoutProvince.on(db);
        bot = province.bot();
        officer = province.officer();
        branches = province.branches();
    }

    List<RecordingOutbox.Sent> postsTo(Scenarios.Branch branch) {
        return bot.outbox().messagesTo(branch.group()).stream().filter(m -> m.key().startsWith("comment:1:")).toList();
    }

    List<RecordingOutbox.Sent> reachedNotices() {
        return province.toOfficer("comment:1:reached");
    }

    boolean reminded(Scenarios.Branch branch) {
        UnitId id = bot.org().branchOfChat(branch.group()).orElseThrow();
        return bot.bean(Reminders.class).find(ReminderId.of(CommentReminder.KIND, "1:" + id.value())).isPresent();
    }

    @Test
    void anInterruptedPostReachesEveryBranchOnceAfterTheNextSweepAndAReplayAddsNothing() {
        province.failOnce(CommentFanout.KIND, 2, false);
        Turn posted = bot.inPrivate(officer).says("/gopy Kế hoạch năm hạn 10/03\nNội dung.");

        assertThat(posted.value("comment.post.published", "branches")).isEqualTo(5);
        assertThat(posted.text()).contains("đang gửi tới 5 chi đoàn");
        assertThat(branches).filteredOn(b -> !postsTo(b).isEmpty()).hasSize(2);
        assertThat(branches).filteredOn(this::reminded).hasSize(2);
        assertThat(bot.bean(Reminders.class).find(ReminderId.of(SummaryReminder.KIND, "1"))).isPresent();
        assertThat(reachedNotices()).as("not every branch has it yet").isEmpty();

        assertThat(province.sweep()).isEqualTo(1);
        assertThat(reachedNotices()).singleElement().satisfies(notice -> assertThat(notice.text())
                .contains("đã được gửi tới đủ 5 chi đoàn", "/gopy_ketqua 1"));

        for (Scenarios.Branch branch : branches) {
            assertThat(postsTo(branch)).as(branch.group().key()).hasSize(1);
            assertThat(reminded(branch)).isTrue();
        }
        int stored = bot.outbox().size();
        assertThat(bot.replay(posted).messages()).isEmpty();
        province.sweep();
        assertThat(bot.outbox().size()).isEqualTo(stored);
        assertThat(reachedNotices()).as("told once").hasSize(1);
        assertThat(bot.bean(Comments.class).post(1).orElseThrow().branches()).hasSize(5);
    }

    @Test
    void whatIsLeftOfAPostIsNotSentOnceItsPosterMayNoLongerPostIt() {
        province.failOnce(CommentFanout.KIND, 2, false);
        bot.inPrivate(officer).says("/gopy Kế hoạch năm hạn 10/03\nNội dung.");
        bot.inPrivate(officer).says("/xoadulieu");
        bot.inPrivate(officer).presses("erase:y");

        province.sweep();

        assertThat(branches).filteredOn(b -> !postsTo(b).isEmpty()).as("the slice sent before").hasSize(2);
        assertThat(branches).filteredOn(this::reminded).hasSize(2);
        assertThat(reachedNotices()).isEmpty();
    }

    @Test
    void aBranchThatKeepsFailingIsLeftOutAndThePosterIsToldWhichOne() {
        province.poison(3);
        bot.inPrivate(officer).says("/gopy Kế hoạch năm hạn 10/03\nNội dung.");

        province.sweep();
        province.sweep();

        assertThat(branches).filteredOn(b -> postsTo(b).isEmpty()).containsExactly(branches.get(3));
        assertThat(reachedNotices()).singleElement().satisfies(notice -> assertThat(notice.text())
                .contains("4/5 chi đoàn", "chưa gửi được tới: Chi đoàn 4", "/gopy_ketqua 1"));
        assertThat(province.sweep()).isZero();
    }
}
