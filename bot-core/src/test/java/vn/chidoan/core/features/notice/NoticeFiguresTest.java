package vn.chidoan.core.features.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.features.notice.NoticeScenario.DEADLINE;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;
import vn.chidoan.core.testing.Database;

/**
 * The notices' figures for evaluation: what each branch received and acknowledged, what each member did.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class NoticeFiguresTest {

    @Parameter
    Database db;

    NoticeScenario s;

    @BeforeEach
    void province() {
        s = new NoticeScenario(db);
    }

    @Test
    void theFiguresCountWhatEachBranchReceivedAndAcknowledgedAndWhatEachMemberDid() {
        s.provinceSendsWithADeadline("Thông báo 1.");
        s.sends(s.kimBang, "/thongbao Thông báo 2.");
        s.bot.clock().advance(Duration.ofDays(2));
        s.press(s.a1.groupId(), s.a1.secretary(), "tb:a:2");
        s.press(s.a1.groupId(), s.lan, "tb:a:1");
        s.bot.clock().set(DEADLINE.plus(Duration.ofHours(1)));
        s.press(s.a1.groupId(), s.a1.secretary(), "tb:a:1");
        NoticeFigures figures = s.bot.bean(NoticeFigures.class);
        DatePeriod march = DatePeriod.month(YearMonth.of(2026, 3));

        var branches = figures.branches(List.of(s.branchOf(s.a1), s.branchOf(s.b1)), march);
        var members = figures.members(s.branchOf(s.a1), march);

        assertThat(branches.get(s.branchOf(s.a1))).containsExactly(Figure.count(NoticeFigures.RECEIVED, 2),
                Figure.ratio(NoticeFigures.ACKNOWLEDGED, 2, 2), Figure.ratio(NoticeFigures.WITHIN_A_DAY, 0, 2),
                Figure.ratio(NoticeFigures.ON_TIME, 0, 1));
        assertThat(branches.get(s.branchOf(s.b1))).containsExactly(Figure.count(NoticeFigures.RECEIVED, 1),
                Figure.ratio(NoticeFigures.ACKNOWLEDGED, 0, 1), Figure.ratio(NoticeFigures.WITHIN_A_DAY, 0, 1),
                Figure.ratio(NoticeFigures.ON_TIME, 0, 1));
        assertThat(members.get(s.person(s.lan))).containsExactly(Figure.count(NoticeFigures.SEEN, 1),
                Figure.count(NoticeFigures.ACKNOWLEDGED, 0));
        assertThat(members.get(s.person(s.a1.secretary()))).containsExactly(Figure.count(NoticeFigures.SEEN, 0),
                Figure.count(NoticeFigures.ACKNOWLEDGED, 2));
        assertThat(figures.branches(List.of(s.branchOf(s.a1)), DatePeriod.month(YearMonth.of(2026, 4)))
                .get(s.branchOf(s.a1))).first().isEqualTo(Figure.count(NoticeFigures.RECEIVED, 0));
    }
}
