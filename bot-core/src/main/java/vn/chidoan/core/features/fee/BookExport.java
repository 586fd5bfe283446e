package vn.chidoan.core.features.fee;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.export.Spreadsheet;

/**
 * A branch's fee book for a period or a year as an .xlsx file: a sheet with a row per member (what they
 * paid each month, what was due so far, paid, owed), a sheet of every record in order (corrections and
 * what they correct included) and a sheet of what was passed up. Named for what it holds
 * ({@code so-doan-phi-2026.xlsx}, {@code so-doan-phi-Q4-2026.xlsx}).
 */
@Component
class BookExport {
    private final Books books;
    private final StatusMessages names;
    private final Clock clock;

    BookExport(Books books, StatusMessages names, Clock clock) {
        this.books = books;
        this.names = names;
        this.clock = clock;
    }

    Spreadsheet book(Ledger ledger, FeePeriod span, Words words) {
        List<YearMonth> months = span.months();
        List<String> header = new ArrayList<>(columns(words, "fee.export.book_head"));
        months.forEach(m -> header.add(words.period(FeePeriod.month(m))));
        header.addAll(columns(words, "fee.export.book_tail"));
        List<List<Object>> rows = new ArrayList<>();
        long[] totals = new long[months.size() + 3];
        for (Ledger.Statement s : ledger.statements()) {
            List<Object> row = new ArrayList<>(List.of(s.member().number(), name(s.member().name()),
                    s.member().fee().codeText(), words.category(s.category())));
            long due = 0;
            long paid = 0;
            for (int i = 0; i < months.size(); i++) {
                YearMonth column = months.get(i);
                Ledger.Month month = s.months().stream().filter(m -> m.month().equals(column)).findFirst().orElse(null);
                long cell = month == null ? 0 : month.paid();
                row.add(month == null ? null : cell);
                totals[i] += cell;
                if (month != null && month.billed()) {
                    due += month.due();
                    paid += month.paid();
                }
            }
            long owed = Math.max(0, due - paid);
            row.addAll(List.of(due, paid, owed));
            totals[months.size()] += due;
            totals[months.size() + 1] += paid;
            totals[months.size() + 2] += owed;
            rows.add(row);
        }
        List<Object> sum = new ArrayList<>(Arrays.asList(null, words.label("fee.export.total"), null, null));
        Arrays.stream(totals).forEach(sum::add);
        rows.add(sum);
        return Spreadsheet.named("so-doan-phi-" + span.label())
                .sheet(words.label("fee.export.book_sheet"), header, rows)
                .sheet(words.label("fee.export.records_sheet"), columns(words, "fee.export.records_header"),
                        records(ledger, span, words))
                .sheet(words.label("fee.export.remit_sheet"), columns(words, "fee.export.remit_header"),
                        remittances(ledger, span, words));
    }

    private List<List<Object>> records(Ledger ledger, FeePeriod span, Words words) {
        Map<PersonId, String> known = new HashMap<>();
        Map<PersonId, String> codes = new HashMap<>();
        ledger.statements().forEach(s -> {
            known.put(s.member().person(), name(s.member().name()));
            codes.put(s.member().person(), s.member().fee().codeText());
        });
        List<List<Object>> rows = new ArrayList<>();
        for (Payment p : ledger.payments()) {
            if (p.lines().stream().noneMatch(l -> span.contains(l.month()))) {
                continue;
            }
            String who = p.person() == null ? words.label("fee.export.erased")
                    : known.computeIfAbsent(p.person(), names::name);
            rows.add(Arrays.asList(p.number(), LocalDateTime.ofInstant(p.at(), clock.getZone()),
                    p.person() == null ? null : codes.get(p.person()), who,
                    words.label("fee.kind." + p.kind().name().toLowerCase(Locale.ROOT)),
                    words.periods(RequestMessages.periods(ledger.book(), p.lines())), p.total(),
                    p.by() == null ? null : known.computeIfAbsent(p.by(), names::name), p.reason(), p.corrects()));
        }
        return rows;
    }

    private List<List<Object>> remittances(Ledger ledger, FeePeriod span, Words words) {
        return books.remittances.of(List.of(ledger.book().branch()), span).stream()
                .map(r -> Arrays.<Object>asList(words.period(r.period()), r.amount(),
                        r.by() == null ? null : names.name(r.by()), LocalDateTime.ofInstant(r.at(), clock.getZone())))
                .toList();
    }

    private static String name(String name) {
        return name == null ? "" : name;
    }

    static List<String> columns(Words words, String key) {
        return Arrays.stream(words.label(key).split("\\|")).map(String::strip).toList();
    }
}
