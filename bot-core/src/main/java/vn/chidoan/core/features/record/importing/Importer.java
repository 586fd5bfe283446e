package vn.chidoan.core.features.record.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.chidoan.core.features.record.MemberRecord;
import vn.chidoan.core.features.record.Records;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.export.WorkbookRows;
import vn.chidoan.core.kernel.files.Uploads;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * A roster file received: fetched from its platform (at most {@link #MAX_BYTES}), read, checked against
 * the branch's roster, and answered with the report. Only a file with no refused row and something to
 * do is kept as a plan to confirm; nothing else is written, so a failed import changes nothing.
 */
@Component
class Importer {
    /** A branch's roster is a few hundred rows, some tens of kilobytes: a megabyte is plenty. */
    static final int MAX_BYTES = 1024 * 1024;
    /** Rows below the header a file may have. */
    static final int MAX_ROWS = 1000;

    private final Uploads uploads;
    private final Members members;
    private final Records records;
    private final Texts texts;
    private final PlanStore plans;
    private final ImportReport report;
    private final Clock clock;

    Importer(Uploads uploads, Members members, Records records, Texts texts, MongoTemplate mongo, ImportReport report,
            Clock clock) {
        this.uploads = uploads;
        this.members = members;
        this.records = records;
        this.texts = texts;
        this.plans = new PlanStore(mongo);
        this.report = report;
        this.clock = clock;
    }

    PlanStore plans() {
        return plans;
    }

    /** Reads and checks the file for the branch and answers with what it would do. */
    void receive(Caller caller, UnitId branch, Attachment file, Replies replies) {
        if (file == null || file.kind() != Attachment.Kind.DOCUMENT) {
            throw new BadInput("record.import.send_file");
        }
        if (!xlsx(file)) {
            throw new BadInput("record.import.not_xlsx", Map.of("name", file.fileName() == null ? "" : file.fileName()));
        }
        byte[] bytes = uploads.read(replies.chat().platform(), file, MAX_BYTES);
        LocalDate today = LocalDate.now(clock);
        List<SheetRow> rows = RosterSheet.read(WorkbookRows.read(bytes, MAX_ROWS + 1), texts, today);
        if (rows.isEmpty()) {
            throw new BadInput("record.import.empty");
        }
        List<RosterEntry> roster = members.roster(branch);
        Map<PersonId, MemberRecord> held = records.of(roster.stream().map(RosterEntry::person).toList());
        ImportCheck.Checked checked = ImportCheck.of(rows, roster, held);
        String name = file.fileName() == null ? "" : file.fileName();
        if (!checked.refused().isEmpty()) {
            report.refused(name, rows.size(), checked, replies);
        } else if (checked.rows().isEmpty()) {
            replies.say("record.import.nothing", Map.of("file", name, "unchanged", checked.unchanged()));
        } else {
            ImportPlan plan = new ImportPlan(id(replies.eventKey()), branch, caller.person(), ImportPlan.Status.PENDING,
                    digest(roster), clock.instant(), null, null, checked.rows());
            plans.keep(plan);
            report.plan(name, rows.size(), plan, checked.unchanged(), replies);
        }
    }

    /** The roster as it stands, in one digest: who is on it, under which name and number. */
    static String digest(List<RosterEntry> roster) {
        StringBuilder all = new StringBuilder();
        roster.forEach(entry -> all.append(entry.number()).append('|').append(entry.person().value()).append('|')
                .append(entry.name()).append('\n'));
        return sha(all.toString());
    }

    /** The plan's id from the message that brought the file: naming neither the person nor the account. */
    static String id(String eventKey) {
        return "ri" + sha(eventKey).substring(0, 32);
    }

    private static boolean xlsx(Attachment file) {
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || Spreadsheet.MIME_TYPE.equalsIgnoreCase(file.mimeType());
    }

    private static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
