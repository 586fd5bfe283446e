package vn.chidoan.core.kernel.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A button press the pipeline cannot honour is still answered: unknown data as out of date, a press by
 * someone without the role as refused, and nothing changes.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class ButtonRefusalsTest {
    @Parameter
    Database db;

    TestBot bot;

    @BeforeEach
    void startBot() {
        bot = TestBot.on(db);
    }

    @Test
    void buttonWithUnknownDataIsAnsweredAsOutOfDate() {
        Turn turn = bot.inPrivate(bot.user("An")).presses("cu:123");

        assertThat(turn.answer()).isPresent();
        assertThat(turn.templates()).containsExactly("pipeline.button_expired");
        assertThat(turn.toast()).contains("cũ");
        assertThat(turn.messages()).isEmpty();
    }

    @Test
    void buttonPressedBySomeoneWithoutTheRoleIsRefusedAndAnswered() {
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        Speaker dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");
        Speaker giang = Scenarios.joined(bot, branch, "Vũ Văn Giang");
        String removeGiang = bot.inGroup("-100", branch.secretary()).says("/thanhvien_xoa 3").buttonData("mdel:");

        Turn pressedByMember = bot.inGroup("-100", dung).presses(removeGiang);

        assertThat(pressedByMember.answer()).isPresent();
        assertThat(pressedByMember.templates()).containsExactly("pipeline.button_refused.bch");
        assertThat(bot.members().roster(bot.org().branchOfChat(branch.group()).orElseThrow()))
                .extracting(e -> e.name()).contains("Vũ Văn Giang");
        assertThat(giang).isNotNull();
    }
}
