package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** {@code /nhacnho} said by an officer in a private chat changes a branch's settings, never the province's. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class OfficerSettingsTest {
    @Parameter
    Database db;

    TestBot bot;
    Reminders reminders;
    Speaker officer;
    Scenarios.Branch a1;

    @BeforeEach
    void aProvinceWithTwoBranches() {
        bot = TestBot.on(db);
        reminders = bot.bean(Reminders.class);
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        a1 = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A2", "-200");
    }

    @Test
    void anOfficersSettingInPrivateAsksWhichBranchAndChangesOnlyThatOne() {
        UnitId province = bot.org().root().orElseThrow().id();
        UnitId branch = bot.org().branchOfChat(a1.group()).orElseThrow();

        Turn asked = bot.inPrivate(officer).says("/nhacnho hop 1n");

        assertThat(asked.templates()).contains("pipeline.branch.pick").doesNotContain("reminder.settings.offsets_saved");
        assertThat(bot.mongo().getCollection("reminder_settings").countDocuments()).isZero();

        Turn saved = bot.inPrivate(officer).presses(asked.buttonLabelled("Chi đoàn 12A1"));

        assertThat(saved.templates()).contains("reminder.settings.offsets_saved");
        assertThat(reminders.settings(branch).offsetsFor("meeting")).containsExactly(Duration.ofDays(1));
        assertThat(reminders.settings(province).offsetsFor("meeting")).isNotEqualTo(List.of(Duration.ofDays(1)));
    }

    @Test
    void noSettingIsEverWrittenOntoAUnitAboveBranches() {
        UnitId province = bot.org().root().orElseThrow().id();

        assertThatThrownBy(() -> reminders.changeOffsets(province, "meeting", List.of(Duration.ofDays(1))))
                .isInstanceOf(BadInput.class).hasMessage("pipeline.branch.required");
        assertThatThrownBy(() -> reminders.changeQuietHours(province, null)).isInstanceOf(BadInput.class);
        assertThat(bot.mongo().getCollection("reminder_settings").countDocuments()).isZero();
    }
}
