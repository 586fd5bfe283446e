package vn.chidoan.core.features.record.change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.features.record.MemberRecord;
import vn.chidoan.core.features.record.RecordTargets;
import vn.chidoan.core.features.record.Records;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * Who matures out (trưởng thành Đoàn): the members on a branch's roster who turn 30 by the end of the
 * quarter, and those past 30 not confirmed yet; the list the secretary confirms one by one
 * ({@code record.maturing.list}, a button per member). A birthday on 29 February is the 28th in a common
 * year ({@link MemberRecord#maturingDay}).
 */
@Component
class MaturingCheck {
    static final int SHOWN = 20;

    private final Records records;
    private final Members members;
    private final Clock clock;

    MaturingCheck(Records records, Members members, Clock clock) {
        this.records = records;
        this.members = members;
        this.clock = clock;
    }

    /** The first day after the quarter {@code day} is in. */
    static LocalDate quarterEnd(LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1).plusMonths(3);
    }

    /** The members of the branch's roster who turn 30 before {@code until}, oldest first. */
    List<MemberRecord> due(UnitId branch, LocalDate until) {
        Set<PersonId> onRoster = members.roster(branch).stream().map(RosterEntry::person).collect(Collectors.toSet());
        return records.maturingBefore(branch, until).stream().filter(r -> onRoster.contains(r.person()))
                .filter(r -> r.maturingDay().filter(day -> day.isBefore(until)).isPresent()).toList();
    }

    /** Due this quarter (as of today). */
    List<MemberRecord> dueNow(UnitId branch) {
        return due(branch, quarterEnd(LocalDate.now(clock)));
    }

    /** The list to confirm, or {@code record.maturing.none}. */
    void show(UnitId branch, List<MemberRecord> due, LocalDate until, Replies replies) {
        if (due.isEmpty()) {
            replies.say("record.maturing.none", Map.of("until", Formats.date(until.minusDays(1))));
            return;
        }
        Map<PersonId, String> names = members.roster(branch).stream().collect(Collectors.toMap(RosterEntry::person,
                entry -> entry.name() == null ? "#" + entry.number() : entry.name()));
        List<Map<String, Object>> lines = new ArrayList<>();
        List<List<Button>> rows = new ArrayList<>();
        for (MemberRecord record : due.subList(0, Math.min(SHOWN, due.size()))) {
            String name = names.getOrDefault(record.person(), "?");
            lines.add(Map.of("name", name, "birth", Formats.date(record.birthDate().orElseThrow()),
                    "day", Formats.date(record.maturingDay().orElseThrow())));
            rows.add(List.of(Button.action(replies.label("record.maturing.confirm_button") + " " + name,
                    MaturingButtons.PREFIX + ":" + RecordTargets.ref(branch, record.person()))));
        }
        replies.say("record.maturing.list", Map.of("lines", lines, "count", due.size(),
                "until", Formats.date(until.minusDays(1))), rows);
    }
}
