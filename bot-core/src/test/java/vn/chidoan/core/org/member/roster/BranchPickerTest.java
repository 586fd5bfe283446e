package vn.chidoan.core.org.member.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/**
 * A branch command said in a private chat names a branch: an officer (or a committee member of
 * several branches) picks one from buttons, by page or by typing part of its name.
 */
class BranchPickerTest extends BranchPickerScenarioTest {
    @Test
    void anOfficersAddMemberInPrivateAsksWhichBranchAndWritesNothingOntoTheProvince() {
        Turn asked = bot.inPrivate(province).says("/thanhvien_them Nguyễn Văn An");

        assertThat(asked.templates()).contains("pipeline.branch.pick").doesNotContain("member.add.done");
        assertThat(labels(asked)).contains("Chi đoàn 12A1", "Chi đoàn 12A2");
        assertThat(bot.members().roster(unitOf(province))).isEmpty();

        Turn picked = bot.inPrivate(province).presses(asked.buttonLabelled("Chi đoàn 12A2"));

        assertThat(picked.templates()).contains("member.add.done");
        assertThat(bot.members().roster(branchOf(a2))).extracting(RosterEntry::name).contains("Nguyễn Văn An");
        assertThat(bot.members().roster(branchOf(a1))).extracting(RosterEntry::name).doesNotContain("Nguyễn Văn An");
        assertThat(bot.members().roster(unitOf(province))).isEmpty();
        assertThat(bot.inPrivate(province).presses(asked.buttonLabelled("Chi đoàn 12A1")).templates())
                .as("the picker is used once").doesNotContain("member.add.done");
    }

    @Test
    void theCommitteeCommandsAskToo() {
        for (String command : List.of("/bch_them 1", "/thanhvien", "/thanhvien_xoa 1")) {
            Turn asked = bot.inPrivate(district).says(command);

            assertThat(asked.templates()).as(command).contains("pipeline.branch.pick");
        }
        assertThat(bot.members().roster(unitOf(district))).isEmpty();
    }

    @Test
    void anOfficerWithOneBranchBelowNeedsNoPicker() {
        Speaker school = Scenarios.subUnitOfficer(bot, district, "Đoàn trường THPT A", "Lý Văn Hải");
        Scenarios.Branch only = Scenarios.linkedBranch(bot, school, "Chi đoàn 10A1", "-300");

        Turn added = bot.inPrivate(school).says("/thanhvien_them Trần Thị Bình");

        assertThat(added.templates()).containsExactly("member.add.done");
        assertThat(bot.members().roster(branchOf(only))).extracting(RosterEntry::name).contains("Trần Thị Bình");
    }

    @Test
    void anOfficerWithNoBranchBelowIsToldHowToMakeOne() {
        Speaker school = Scenarios.subUnitOfficer(bot, district, "Đoàn trường THPT B", "Lý Văn Hải");

        Turn refused = bot.inPrivate(school).says("/thanhvien_them Trần Thị Bình");

        assertThat(refused.templates()).containsExactly("pipeline.branch.none");
        assertThat(refused.text()).contains("/chidoan_them");
        assertThat(bot.members().roster(unitOf(school))).isEmpty();
    }

    @Test
    void manyBranchesArePagedAndFoundByTypingPartOfTheirName() {
        for (int i = 3; i <= 14; i++) {
            bot.inPrivate(district).says("/chidoan_them Chi đoàn 12A" + i);
        }
        bot.inPrivate(district).says("/chidoan_them Chi đoàn Thôn Đông");

        Turn asked = bot.inPrivate(district).says("/thanhvien_them Nguyễn Văn An");
        Turn next = bot.inPrivate(district).presses(asked.buttonData("dlg:p:1"));
        Turn found = bot.inPrivate(district).says("thon dong");
        Turn picked = bot.inPrivate(district).presses(found.buttonLabelled("Chi đoàn Thôn Đông"));

        assertThat(asked.text()).contains("15");
        assertThat(labels(asked)).hasSizeLessThanOrEqualTo(6).doesNotContain(labels(next).toArray(String[]::new));
        assertThat(labels(found)).containsExactly("Chi đoàn Thôn Đông");
        assertThat(picked.templates()).contains("member.add.done");
        assertThat(bot.inPrivate(district).says("thon dong").templates()).as("the picker is done")
                .containsExactly("pipeline.not_understood");
    }

    @Test
    void twoBranchesOfTheSameNameAreToldApartByTheirUnit() {
        Speaker a = Scenarios.subUnitOfficer(bot, district, "Đoàn trường THPT A", "Lý Văn Hải");
        Speaker b = Scenarios.subUnitOfficer(bot, district, "Đoàn trường THPT B", "Lê Thị Hà");
        bot.inPrivate(a).says("/chidoan_them Chi đoàn 10A1");
        bot.inPrivate(b).says("/chidoan_them Chi đoàn 10A1");

        Turn asked = bot.inPrivate(district).says("/thanhvien");

        assertThat(labels(asked)).contains("Chi đoàn 10A1 · Đoàn trường THPT A", "Chi đoàn 10A1 · Đoàn trường THPT B",
                "Chi đoàn 12A1");
    }

    @Test
    void aSearchThatFindsNothingSaysSoAndKeepsThePickerOpen() {
        bot.inPrivate(district).says("/thanhvien_them Nguyễn Văn An");

        Turn none = bot.inPrivate(district).says("xyz");
        Turn found = bot.inPrivate(district).says("12a1");

        assertThat(none.templates()).contains("pipeline.branch.no_match");
        assertThat(labels(found)).containsExactly("Chi đoàn 12A1");
    }

    @Test
    void inTheGroupTheCommandWorksOnTheGroupsBranchAsBefore() {
        Turn added = bot.inGroup(a1.groupId(), province).says("/thanhvien_them Nguyễn Văn An");

        assertThat(added.templates()).containsExactly("member.add.done");
        assertThat(bot.members().roster(branchOf(a1))).extracting(RosterEntry::name).contains("Nguyễn Văn An");
    }

    @Test
    void aRemovalConfirmedInPrivateRemovesFromThePickedBranch() {
        Speaker dung = Scenarios.joined(bot, a2, "Phạm Thị Dung");
        Turn asked = bot.inPrivate(district).says("/thanhvien_xoa 2");
        Turn confirm = bot.inPrivate(district).presses(asked.buttonLabelled("Chi đoàn 12A2"));

        Turn removed = bot.inPrivate(district).presses(confirm.buttonData("mdel:"));

        assertThat(removed.templates()).contains("member.remove.done");
        assertThat(bot.members().roster(branchOf(a2))).extracting(RosterEntry::name).doesNotContain("Phạm Thị Dung");
        assertThat(dung).isNotNull();
    }
}
