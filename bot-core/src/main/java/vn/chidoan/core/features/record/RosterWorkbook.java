package vn.chidoan.core.features.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.pipeline.Roles;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * A branch's roster as an .xlsx file ({@code danh-sach-doan-vien-02-03-2026.xlsx}): a row per member on
 * the roster, in roster order, with every field of their record (dates as dates, the phone as people
 * write it), their status today and their role. Headers come from {@code record.export.header}, in the
 * reader's language; the columns are those an import reads.
 */
@Component
class RosterWorkbook {
    private final Members members;
    private final Records records;
    private final Clock clock;

    RosterWorkbook(Members members, Records records, Clock clock) {
        this.members = members;
        this.records = records;
        this.clock = clock;
    }

    Spreadsheet of(UnitId branch, Replies replies) {
        LocalDate today = LocalDate.now(clock);
        List<RosterEntry> roster = members.roster(branch);
        Map<vn.chidoan.core.kernel.chat.PersonId, MemberRecord> byPerson = records.of(
                roster.stream().map(RosterEntry::person).toList());
        List<List<Object>> rows = new ArrayList<>();
        for (RosterEntry entry : roster) {
            MemberRecord record = byPerson.get(entry.person());
            List<Object> row = new ArrayList<>();
            row.add(entry.number());
            row.add(RosterPages.name(entry));
            for (Field field : Field.values()) {
                Object value = record == null ? null : record.field(field).orElse(null);
                row.add(value instanceof LocalDate day ? day : FieldInput.shown(field, value, replies));
            }
            row.add(replies.label("record.status." + (record == null ? "active" : record.statusOn(today).key())));
            row.add(entry.role() == Role.MEMBER ? null : Roles.label(replies, entry.role()));
            rows.add(row);
        }
        return Spreadsheet.named("danh-sach-doan-vien-" + Formats.date(today).replace('/', '-'))
                .sheet(replies.label("record.export.sheet"), header(replies), rows);
    }

    static List<String> header(Replies replies) {
        return Arrays.stream(replies.label("record.export.header").split("\\|")).map(String::strip).toList();
    }
}
