package vn.chidoan.core.kernel.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * Buttons read as {@code <action>:<number>[:<more>]}: a press of that shape gives its parts; any other
 * (an old button, data made up) is told, in the one kernel place, that the button is out of date, on
 * every feature's buttons alike.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class NumberedPressTest {
    @Parameter
    Database db;

    TestBot bot;
    Speaker lan;

    @BeforeEach
    void branch() {
        bot = TestBot.on(db);
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        lan = Scenarios.joined(bot, branch, "Nguyễn Thị Lan");
    }

    @Test
    void anActionANumberAndWhatFollowsAreRead() {
        assertThat(NumberedPress.read("e:12:3", 1)).hasValue(new NumberedPress("e", 12, List.of("3")));
        assertThat(NumberedPress.read("r:7", 0).orElseThrow().more(0)).isEmpty();
        assertThat(NumberedPress.read("r:7:1", 0)).isEmpty();
        assertThat(NumberedPress.read("r:x", 0)).isEmpty();
        assertThat(NumberedPress.read("r", 0)).isEmpty();
        assertThat(NumberedPress.read("r:1234567890123", 0)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dk:r:x", "dk:r:1:2", "dk:z:1", "gy:c", "gy:e:1:2:3", "gy:e:1:x", "tb:a:", "tb:q:1",
            "dpb:o:1", "dpb:o:99:m", "dpb:k:1", "dpb:b", "dp:q:1"})
    void aPressOfAnyOtherShapeIsToldTheButtonIsOutOfDate(String data) {
        Turn pressed = bot.inPrivate(lan).presses(data);

        assertThat(pressed.toast()).isEqualTo("Nút này đã cũ, không còn dùng được. Hãy gõ lại lệnh.");
        assertThat(pressed.messages()).isEmpty();
    }
}
