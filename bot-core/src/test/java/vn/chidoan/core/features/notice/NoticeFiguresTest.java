package vn.chidoan.core.features.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;

/**
 * The notices' figures for evaluation: what each branch received and acknowledged, what each member did.
 */
class NoticeFiguresTest extends NoticeScenarioTest {
    @Test
    void theFiguresCountWhatEachBranchReceivedAndAcknowledgedAndWhatEachMemberDid() {
        provinceSendsWithADeadline("Thông báo 1.");
        s.sends(s.kimBang, "/thongbao Thông báo 2.");
        s.bot.clock().advance(Duration.ofDays(2));
        press(s.a1.groupId(), s.a1.secretary(), "tb:a:2");
        press(s.a1.groupId(), s.lan, "tb:a:1");
        s.bot.clock().set(DEADLINE.plus(Duration.ofHours(1)));
        press(s.a1.groupId(), s.a1.secretary(), "tb:a:1");
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
        assertThat(members.get(person(s.lan))).containsExactly(Figure.count(NoticeFigures.SEEN, 1),
                Figure.count(NoticeFigures.ACKNOWLEDGED, 0));
        assertThat(members.get(person(s.a1.secretary()))).containsExactly(Figure.count(NoticeFigures.SEEN, 0),
                Figure.count(NoticeFigures.ACKNOWLEDGED, 2));
        assertThat(figures.branches(List.of(s.branchOf(s.a1)), DatePeriod.month(YearMonth.of(2026, 4)))
                .get(s.branchOf(s.a1))).first().isEqualTo(Figure.count(NoticeFigures.RECEIVED, 0));
    }
}
