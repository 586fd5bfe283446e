package vn.chidoan.core.org.member.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/**
 * Linking an account that has a record of its own merges the two records: only when the names match if the
 * record holds roles (never handing a member an officer's units), keeping the higher role, and finishing a
 * merge cut short.
 */
class RecordMergingTest extends LinkingScenarioTest {

    /**
     * The takeover reproduced: a member sends their link code to a province officer, who opens it and
     * accepts. Before, opening it merged the officer's record into the member's, and the member got the
     * officer's units and roles.
     */
    @Test
    void anOfficerWhoOpensAMembersLinkCodeDoesNotHandThemTheirUnitsAndRoles() {
        Speaker officer = provinceOfficerOnMessenger("Trần Văn Tỉnh");
        PersonId officerRecord = personOf(officer);
        String code = linkCode(dung);

        Turn opened = bot.inPrivate(officer).opens(FakeDeepLinks.MESSENGER_PREFIX + code);
        Turn forgedAcceptance = bot.inPrivate(officer).presses("lk:y:" + code);

        assertThat(opened.templates()).containsExactly("member.link.name_mismatch");
        assertThat(opened.text()).contains("bí thư", "/thanhvien_xoa");
        assertThat(forgedAcceptance.templates()).containsExactly("member.link.name_mismatch");
        assertThat(bot.org().officerUnits(personOf(dung))).isEmpty();
        assertThat(bot.inPrivate(dung).says("/donvi").templates()).containsExactly("pipeline.refused.officer");
        assertThat(bot.inPrivate(dung).says("/chidoan_them Chi đoàn Giả").templates())
                .containsExactly("pipeline.refused.officer");
        assertThat(personOf(officer)).isEqualTo(officerRecord);
        assertThat(bot.org().officerUnits(officerRecord)).hasSize(1);
        assertThat(bot.members().accountsOf(personOf(dung))).containsExactly(dung.ref());
    }

    @Test
    void aRecordWithABranchIsNotMergedOnceItsNameDiffers() {
        Scenarios.Branch other = Scenarios.linkedBranch(bot, Scenarios.provinceOfficer(bot, "Tỉnh đoàn Nam Định"),
                "Chi đoàn Khu phố 3", "-200");
        Speaker sameDung = onMessenger(other, "Phạm Thị Dung");
        Turn asked = bot.inPrivate(sameDung).says("/start " + linkCode(dung));
        bot.inPrivate(sameDung).presses("name:edit");
        bot.inPrivate(sameDung).says("Trần Thị Lan");

        Turn refused = bot.inPrivate(sameDung).presses(asked.buttonData("lk:y:"));

        assertThat(asked.templates()).contains("member.link.ask");
        assertThat(refused.templates()).as("checked again when accepted").containsExactly("member.link.name_mismatch");
        Speaker lan = sameDung;
        assertThat(bot.members().membershipsOf(personOf(dung))).extracting(Membership::branch)
                .containsExactly(unitOf(branch));
        assertThat(bot.members().membershipsOf(personOf(lan))).extracting(Membership::branch)
                .containsExactly(unitOf(other));
    }

    @Test
    void aSeparateMessengerRecordOfTheSameNameIsMergedIntoTheTelegramOne() {
        Scenarios.Branch other = Scenarios.linkedBranch(bot, Scenarios.provinceOfficer(bot, "Tỉnh đoàn Nam Định"),
                "Chi đoàn Khu phố 3", "-200");
        Speaker sameDung = onMessenger(other, "  phạm thị DUNG ");
        PersonId messengerRecord = personOf(sameDung);
        assertThat(messengerRecord).isNotEqualTo(personOf(dung));

        Turn linked = accepts(sameDung, linkCode(dung).toLowerCase());

        assertThat(linked.templates()).contains("member.link.done");
        PersonId one = personOf(dung);
        assertThat(personOf(sameDung)).isEqualTo(one);
        assertThat(bot.members().person(messengerRecord)).isEmpty();
        assertThat(bot.members().membershipsOf(one)).extracting(Membership::branch)
                .containsExactlyInAnyOrder(unitOf(branch), unitOf(other));
        assertThat(bot.members().roster(unitOf(other))).extracting(RosterEntry::person).containsExactlyInAnyOrder(
                personOf(other.secretary()), one);
    }

    @Test
    void theHigherRoleWinsWhenBothRecordsWereInTheSameBranch() {
        Speaker sameDung = onMessenger(branch, "Phạm Thị Dung");
        bot.inGroup(branch.groupId(), branch.secretary()).replyingTo(dung).says("/bch_them");

        accepts(sameDung, linkCode(dung));

        assertThat(bot.members().membershipsOf(personOf(dung))).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.BCH));
        assertThat(bot.members().roster(unitOf(branch))).hasSize(2);
    }

    @Test
    void theMergedPersonLeadsWhatTheOtherRecordOfTheSameNameLed() {
        Speaker officerOnMessenger = provinceOfficerOnMessenger("Phạm Thị Dung");

        accepts(officerOnMessenger, linkCode(dung));

        assertThat(bot.org().officerUnits(personOf(dung))).hasSize(1);
    }

    @Test
    void aMergeCutShortIsFinishedWhenTheEventIsHandledAgain() {
        Speaker sameDung = onMessenger(branch, "Phạm Thị Dung");
        PersonId messengerRecord = personOf(sameDung);
        Turn asked = bot.inPrivate(sameDung).says("/start " + linkCode(dung));
        FailOnceOnMerge.armed = true;

        assertThatThrownBy(() -> bot.inPrivate(sameDung).presses(asked.buttonData("lk:y:")))
                .hasMessageContaining("crash during the merge");
        Turn finished = bot.inPrivate(sameDung).presses(asked.buttonData("lk:y:"));

        assertThat(finished.templates()).contains("member.link.done");
        assertThat(personOf(sameDung)).isEqualTo(personOf(dung));
        assertThat(bot.members().person(messengerRecord)).isEmpty();
    }
}
