package vn.chidoan.core.features.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * A post's deep link and buttons tell nothing about it to someone it is not for: its link carries an
 * unguessable token, not its number, and whoever is refused cannot tell a post that exists from one
 * that does not.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class PostLinksTest {
    static final String TITLE = "Kế hoạch bí mật tháng 3";

    @Parameter
    Database db;

    TestBot bot;
    Comments comments;
    Scenarios.Branch branch;
    Speaker lan;
    Speaker stranger;

    @BeforeEach
    void aPostForOneBranchAndAStrangerWhoConsented() {
        bot = TestBot.on(db);
        comments = bot.bean(Comments.class);
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        lan = Scenarios.joined(bot, branch, "Nguyễn Thị Lan");
        Scenarios.Branch other = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A2", "-200");
        stranger = Scenarios.joined(bot, other, "Phạm Văn Lạ");
        bot.inGroup(branch.groupId(), branch.secretary()).says("/gopy " + TITLE + " hạn 10/03\nNội dung.");
    }

    @Test
    void countingPostNumbersInStartLinksTellsAStrangerNothing() {
        Turn existing = bot.inPrivate(stranger).says("/start gy1");
        Turn missing = bot.inPrivate(stranger).says("/start gy2");

        assertThat(existing.text()).doesNotContain(TITLE, "#1");
        assertThat(existing.templates()).isEqualTo(missing.templates());
        assertThat(bot.conversations().active(stranger.ref().privateChat(), stranger.ref())).isEmpty();
    }

    @Test
    void aClosedPostsTitleIsNotShownToAStranger() {
        bot.clock().set(CommentScenarioTest.DEADLINE);

        Turn linked = bot.inPrivate(stranger).says("/start gy1");
        Turn pressed = bot.inPrivate(stranger).presses("gy:c:1");

        assertThat(linked.templates()).as("the one refusal that names nothing").containsExactly("comment.unavailable");
        assertThat(linked.text()).doesNotContain(TITLE);
        assertThat(pressed.text()).doesNotContain(TITLE);
    }

    @Test
    void forgedButtonsTellAStrangerNothingEither() {
        for (String data : List.of("gy:c:1", "gy:p:1", "gy:m:1", "gy:e:1:1", "gy:w:1:1")) {
            Turn pressed = bot.inPrivate(stranger).presses(data);
            Turn missing = bot.inPrivate(stranger).presses(data.replace(":1", ":9"));

            assertThat(pressed.text()).as(data).doesNotContain(TITLE);
            assertThat(pressed.templates()).as(data).isEqualTo(missing.templates());
        }
        assertThat(comments.store().passers(1)).isEmpty();
    }

    @Test
    void theLinkAMemberGetsCarriesAnUnguessableTokenAndStillOpensTheDialogue() {
        bot.outbox().unreachable(lan.ref().privateChat());

        Turn pressed = bot.inGroup(branch.groupId(), lan).presses("gy:c:1");
        String link = pressed.buttonUrl();
        Turn opened = bot.inPrivate(lan).opens(link);

        assertThat(link).doesNotEndWith("start=gy1").containsPattern("start=gy_[A-Za-z0-9]{16}$");
        assertThat(opened.templates()).contains("comment.ask.comment");
        assertThat(bot.inPrivate(stranger).opens(link).text()).doesNotContain(TITLE);
    }
}
