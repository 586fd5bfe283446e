package vn.chidoan.core.features.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.org.audience.FanoutWorker;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.Database;
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

    TestBot bot;
    Speaker officer;
    List<Scenarios.Branch> branches = new ArrayList<>();
    boolean failed;
    UnitId poisoned;

    /** The comment kind, failing once on the second slice (the worker died there), and always for branch 4. */
    FanoutKind failingOnce(FanoutKind kind) {
        return new FanoutKind() {
            int slices;

            @Override
            public String kind() {
                return kind.kind();
            }

            @Override
            public void deliver(String cause, List<UnitId> slice) {
                if (++slices == 2 && !failed) {
                    failed = true;
                    throw new IllegalStateException("the instance stopped");
                }
                if (poisoned != null && slice.contains(poisoned)) {
                    throw new IllegalStateException("this branch's data breaks the post");
                }
                kind.deliver(cause, slice);
            }

            @Override
            public void finished(String cause, int branches, List<UnitId> leftOut) {
                kind.finished(cause, branches, leftOut);
            }
        };
    }

    @BeforeEach
    void provinceOfFiveBranches() {
        bot = TestBot.builder(db).property("chidoan.test.fanout-slice", 2)
                .decorate(FanoutKind.class, this::failingOnce).build();
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        for (int i = 1; i <= 5; i++) {
            branches.add(Scenarios.linkedBranch(bot, officer, "Chi đoàn " + i, "-10" + i));
        }
    }

    List<RecordingOutbox.Sent> postsTo(Scenarios.Branch branch) {
        return bot.outbox().messagesTo(branch.group()).stream().filter(m -> m.key().startsWith("comment:1:")).toList();
    }

    List<RecordingOutbox.Sent> reachedNotices() {
        return bot.outbox().messagesTo(officer.ref().privateChat()).stream()
                .filter(m -> m.key().equals("comment:1:reached")).toList();
    }

    boolean reminded(Scenarios.Branch branch) {
        UnitId id = bot.org().branchOfChat(branch.group()).orElseThrow();
        return bot.bean(Reminders.class).find(ReminderId.of(CommentReminder.KIND, "1:" + id.value())).isPresent();
    }

    @Test
    void anInterruptedPostReachesEveryBranchOnceAfterTheNextSweepAndAReplayAddsNothing() {
        Turn posted = bot.inPrivate(officer).says("/gopy Kế hoạch năm hạn 10/03\nNội dung.");

        assertThat(posted.value("comment.post.published", "branches")).isEqualTo(5);
        assertThat(posted.text()).contains("đang gửi tới 5 chi đoàn");
        assertThat(branches).filteredOn(b -> !postsTo(b).isEmpty()).hasSize(2);
        assertThat(branches).filteredOn(this::reminded).hasSize(2);
        assertThat(bot.bean(Reminders.class).find(ReminderId.of(SummaryReminder.KIND, "1"))).isPresent();
        assertThat(reachedNotices()).as("not every branch has it yet").isEmpty();

        assertThat(bot.bean(FanoutWorker.class).sweep()).isEqualTo(1);
        assertThat(reachedNotices()).singleElement().satisfies(notice -> assertThat(notice.text())
                .contains("đã được gửi tới đủ 5 chi đoàn", "/gopy_ketqua 1"));

        for (Scenarios.Branch branch : branches) {
            assertThat(postsTo(branch)).as(branch.group().key()).hasSize(1);
            assertThat(reminded(branch)).isTrue();
        }
        int stored = bot.outbox().size();
        assertThat(bot.replay(posted).messages()).isEmpty();
        bot.bean(FanoutWorker.class).sweep();
        assertThat(bot.outbox().size()).isEqualTo(stored);
        assertThat(reachedNotices()).as("told once").hasSize(1);
        assertThat(bot.bean(Comments.class).post(1).orElseThrow().branches()).hasSize(5);
    }

    @Test
    void whatIsLeftOfAPostIsNotSentOnceItsPosterMayNoLongerPostIt() {
        bot.inPrivate(officer).says("/gopy Kế hoạch năm hạn 10/03\nNội dung.");
        bot.inPrivate(officer).says("/xoadulieu");
        bot.inPrivate(officer).presses("erase:y");

        bot.bean(FanoutWorker.class).sweep();

        assertThat(branches).filteredOn(b -> !postsTo(b).isEmpty()).as("the slice sent before").hasSize(2);
        assertThat(branches).filteredOn(this::reminded).hasSize(2);
        assertThat(reachedNotices()).isEmpty();
    }

    @Test
    void aBranchThatKeepsFailingIsLeftOutAndThePosterIsToldWhichOne() {
        failed = true;
        poisoned = bot.org().branchOfChat(branches.get(3).group()).orElseThrow();
        bot.inPrivate(officer).says("/gopy Kế hoạch năm hạn 10/03\nNội dung.");

        bot.bean(FanoutWorker.class).sweep();
        bot.bean(FanoutWorker.class).sweep();

        assertThat(branches).filteredOn(b -> postsTo(b).isEmpty()).containsExactly(branches.get(3));
        assertThat(reachedNotices()).singleElement().satisfies(notice -> assertThat(notice.text())
                .contains("4/5 chi đoàn", "chưa gửi được tới: Chi đoàn 4", "/gopy_ketqua 1"));
        assertThat(bot.bean(FanoutWorker.class).sweep()).isZero();
    }
}
