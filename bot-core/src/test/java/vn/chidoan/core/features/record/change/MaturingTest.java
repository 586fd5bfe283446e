package vn.chidoan.core.features.record.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.features.record.HistoryEntry;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordScenario;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.org.member.status.MemberStatus;
import vn.chidoan.core.org.member.status.StatusSpell;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/**
 * Maturing out at 30 (trưởng thành Đoàn), on 2 March 2026: Dung turns 30 on 15 March (this quarter),
 * Hoa was born on 29 February 1996 and turned 30 on 28 February, Giang turns 30 on 1 April (next quarter).
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class MaturingTest {
    @Parameter
    Database db;

    RecordScenario s;
    Speaker hoa;

    @BeforeEach
    void membersWithDatesOfBirth() {
        s = new RecordScenario(db);
        hoa = Scenarios.joined(s.bot, s.branch, "Lê Thị Hoa");
        s.corrects(s.secretary, s.dung, Field.BIRTH_DATE, "15/03/1996");
        s.corrects(s.secretary, s.giang, Field.BIRTH_DATE, "01/04/1996");
        s.corrects(s.secretary, hoa, Field.BIRTH_DATE, "29/02/1996");
    }

    @Test
    void theListHasWhoTurnsThirtyThisQuarterLeapDayBirthdaysIncluded() {
        Turn list = s.bot.inPrivate(s.secretary).says("/truongthanh");

        assertThat(list.text()).contains("2 đoàn viên tròn 30 tuổi đến hết 31/03/2026",
                "Lê Thị Hoa — sinh 29/02/1996, tròn 30 tuổi ngày 28/02/2026",
                "Phạm Thị Dung — sinh 15/03/1996, tròn 30 tuổi ngày 15/03/2026").doesNotContain("Vũ Văn Giang");
        assertThat(list.buttons()).extracting(Button::data).containsExactly("htt:" + s.ref(hoa), "htt:" + s.ref(s.dung));
    }

    @Test
    void theSecretaryConfirmsAndTheMemberLeavesTheRosterKeepingTheirRecord() {
        Turn done = s.bot.inPrivate(s.secretary).presses("htt:" + s.ref(s.dung));

        assertThat(done.templates()).containsExactly("record.maturing.done");
        assertThat(s.bot.members().roster(s.branchId())).extracting(RosterEntry::name).doesNotContain("Phạm Thị Dung");
        assertThat(s.records.find(s.person(s.dung)).orElseThrow().status())
                .isEqualTo(new StatusSpell(MemberStatus.MATURED_OUT, LocalDate.of(2026, 3, 15), null));
        assertThat(s.records.history(s.person(s.dung), 5)).extracting(HistoryEntry::operation)
                .contains(Operation.MATURED).doesNotContain(Operation.REMOVED);
    }

    @Test
    void someoneTurningThirtyNextQuarterOrAPresserWhoIsNotTheSecretaryIsRefused() {
        assertThat(s.bot.inPrivate(s.secretary).presses("htt:" + s.ref(s.giang)).templates())
                .containsExactly("record.maturing.not_due");
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/bch_them 3");

        Turn bch = s.bot.inPrivate(s.giang).presses("htt:" + s.ref(s.dung));

        assertThat(bch.toast()).isNotBlank();
        assertThat(s.bot.members().roster(s.branchId())).extracting(RosterEntry::name).contains("Phạm Thị Dung");
    }

    @Test
    void theQuarterlyCheckAsksTheSecretaryOnItsOwn() {
        List<Reminder> saved = s.bot.bean(Reminders.class).ofUnit(s.branchId()).stream()
                .filter(r -> r.kind().equals(MaturingKind.KIND)).toList();
        assertThat(saved).as("one reminder per branch, however many dates of birth").hasSize(1);
        Instant quarter = Instant.parse("2026-03-31T18:00:00Z");

        s.bot.clock().set(quarter.plus(Duration.ofHours(8)));
        ChatRef secretary = s.secretary.ref().privateChat();
        int before = s.bot.outbox().messagesTo(secretary).size();

        s.bot.bean(MaturingKind.class).fire(saved.get(0), new Occurrence(quarter.plus(Duration.ofHours(1)), quarter));

        List<RecordingOutbox.Sent> sent = s.bot.outbox().messagesTo(secretary);
        assertThat(sent.subList(before, sent.size())).singleElement().satisfies(list -> assertThat(list.text())
                .contains("3 đoàn viên tròn 30 tuổi đến hết 30/06/2026", "Vũ Văn Giang"));
    }
}
