package vn.chidoan.core.org.member.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/**
 * A picker offers only the branches within the picker's rights, whatever a forged button names, and
 * nobody is ever made a member of the province or a district.
 */
class BranchesOnlyTest extends BranchPickerScenarioTest {
    @Test
    void aBranchOutsideThePickersRightsCannotBeForgedIntoTheButton() {
        Speaker other = Scenarios.subUnitOfficer(bot, province, "Thị đoàn Duy Tiên", "Vũ Thị Giang");
        Scenarios.linkedBranch(bot, other, "Chi đoàn Phố Mới", "-400");
        Scenarios.linkedBranch(bot, other, "Chi đoàn Phố Cũ", "-500");
        bot.inPrivate(other).says("/thanhvien_them Kẻ Lạ");

        Turn forged = bot.inPrivate(other).presses("dlg:b:" + branchOf(a1).value());

        assertThat(forged.templates()).doesNotContain("member.add.done");
        assertThat(bot.members().roster(branchOf(a1))).extracting(RosterEntry::name).doesNotContain("Kẻ Lạ");
    }

    @Test
    void nobodyIsEverMadeAMemberOfAUnitAboveBranches() {
        UnitId unit = unitOf(district);
        PersonId officer = bot.members().personOf(district.ref()).orElseThrow().id();

        assertThatThrownBy(() -> bot.members().addByName(unit, "Nguyễn Văn An", "vi", "test:1"))
                .isInstanceOf(BadInput.class).hasMessage("pipeline.branch.required");
        assertThatThrownBy(() -> bot.members().join(officer, unit, Role.MEMBER)).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> bot.members().promote(officer, unit, Role.BCH)).isInstanceOf(BadInput.class);
        assertThat(bot.members().roster(unit)).isEmpty();
    }
}
