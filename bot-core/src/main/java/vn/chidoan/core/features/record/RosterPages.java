package vn.chidoan.core.features.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.pipeline.Roles;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.org.member.status.MemberStatus;

/**
 * One page of a branch's roster ({@code record.roster.page}): numbered lines with roles and any status
 * other than active, a button per member that opens their card, and buttons to the pages around it.
 */
@Component
class RosterPages {
    static final int PAGE_SIZE = 10;
    private static final int LABEL_MAX = 28;

    private final Members members;
    private final Records records;
    private final Clock clock;

    RosterPages(Members members, Records records, Clock clock) {
        this.members = members;
        this.records = records;
        this.clock = clock;
    }

    /** Page {@code page} (from 0; one past the end is the last) of the branch's roster, or null when it is empty. */
    OutgoingMessage page(UnitId branch, int page, Replies replies) {
        List<RosterEntry> roster = members.roster(branch);
        if (roster.isEmpty()) {
            return null;
        }
        int pages = (roster.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<RosterEntry> entries = roster.subList(shown * PAGE_SIZE, Math.min(roster.size(), (shown + 1) * PAGE_SIZE));
        Map<PersonId, MemberRecord> byPerson = records.of(entries.stream().map(RosterEntry::person).toList());
        LocalDate today = LocalDate.now(clock);
        List<String> lines = new ArrayList<>();
        List<List<Button>> rows = new ArrayList<>();
        for (RosterEntry entry : entries) {
            MemberRecord record = byPerson.get(entry.person());
            lines.add(line(entry, record == null ? MemberStatus.ACTIVE : record.statusOn(today), replies));
            Button card = Button.action(label(entry), "hsc:" + RecordTargets.ref(branch, entry.person()));
            if (rows.isEmpty() || rows.get(rows.size() - 1).size() == 2) {
                rows.add(new ArrayList<>());
            }
            rows.get(rows.size() - 1).add(card);
        }
        List<Button> nav = new ArrayList<>();
        if (shown > 0) {
            nav.add(Button.action(replies.label("record.roster.previous"), "hsr:" + branch.value() + ":" + (shown - 1)));
        }
        if (shown < pages - 1) {
            nav.add(Button.action(replies.label("record.roster.next"), "hsr:" + branch.value() + ":" + (shown + 1)));
        }
        if (!nav.isEmpty()) {
            rows.add(nav);
        }
        Map<String, Object> model = new HashMap<>(Map.of("count", roster.size(), "page", shown + 1,
                "lines", String.join("\n", lines)));
        if (pages > 1) {
            model.put("pages", pages);
        }
        return OutgoingMessage.text(replies.render("record.roster.page", model)).withButtons(rows);
    }

    private static String line(RosterEntry entry, MemberStatus status, Replies replies) {
        Map<String, Object> model = new HashMap<>(Map.of("number", entry.number(), "name", name(entry),
                "noAccount", !entry.hasAccount()));
        if (entry.role() != Role.MEMBER) {
            model.put("role", Roles.label(replies, entry.role()));
        }
        if (status != MemberStatus.ACTIVE) {
            model.put("status", replies.label("record.status." + status.key()));
        }
        return replies.render("record.roster.line", model).markup();
    }

    private static String label(RosterEntry entry) {
        String label = entry.number() + ". " + name(entry);
        return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1) + "…";
    }

    static String name(RosterEntry entry) {
        return entry.name() == null ? "#" + entry.number() : entry.name();
    }
}
