package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.org.audience.FanoutWorker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;

/**
 * An officer's sign-up for every branch of their unit: the creator is told once when it reached them all, or
 * which branches it could not reach.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class FormFanoutTest {
    @Parameter
    Database db;

    TestBot bot;
    Speaker officer;
    List<Scenarios.Branch> branches = new ArrayList<>();
    UnitId poisoned;

    /** The form kind, always failing for the poisoned branch. */
    FanoutKind failingFor(FanoutKind kind) {
        return new FanoutKind() {
            @Override
            public String kind() {
                return kind.kind();
            }

            @Override
            public void deliver(String cause, List<UnitId> slice) {
                if (poisoned != null && slice.contains(poisoned)) {
                    throw new IllegalStateException("this branch's data breaks the form");
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
                .decorate(FanoutKind.class, this::failingFor).build();
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        for (int i = 1; i <= 5; i++) {
            branches.add(Scenarios.linkedBranch(bot, officer, "Chi đoàn " + i, "-10" + i));
        }
    }

    List<RecordingOutbox.Sent> reachedNotices() {
        return bot.outbox().messagesTo(officer.ref().privateChat()).stream()
                .filter(m -> m.key().equals("form:1:reached")).toList();
    }

    @Test
    void aFormThatReachedEveryBranchIsSaidOnce() {
        bot.inPrivate(officer).says("/dangky_tao Tập huấn cán bộ");

        bot.bean(FanoutWorker.class).sweep();
        bot.bean(FanoutWorker.class).sweep();

        assertThat(reachedNotices()).singleElement().satisfies(notice -> assertThat(notice.text())
                .contains("đã được gửi tới đủ 5 chi đoàn", "/dangky_ketqua 1"));
    }

    @Test
    void aBranchThatKeepsFailingIsLeftOutAndTheCreatorIsToldWhichOne() {
        poisoned = bot.org().branchOfChat(branches.get(3).group()).orElseThrow();
        bot.inPrivate(officer).says("/dangky_tao Tập huấn cán bộ");

        bot.bean(FanoutWorker.class).sweep();
        bot.bean(FanoutWorker.class).sweep();

        assertThat(reachedNotices()).singleElement().satisfies(notice -> assertThat(notice.text())
                .contains("4/5 chi đoàn", "chưa gửi được tới: Chi đoàn 4", "/dangky_ketqua 1"));
        assertThat(bot.bean(FanoutWorker.class).sweep()).isZero();
    }
}
