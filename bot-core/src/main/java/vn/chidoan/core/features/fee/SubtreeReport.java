package vn.chidoan.core.features.fee;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.unit.Organisation;

/**
 * {@code /doanphi_no} from an officer: the subtree's collection for a period (this year by default), one
 * line per unit directly below theirs, the branches that collected nothing, and the .xlsx file with a row
 * per branch and per unit.
 */
@Component
class SubtreeReport {
    static final int NOTHING_SHOWN = 15;

    private final SubtreeFigures figures;
    private final Organisation org;
    private final Books books;

    SubtreeReport(SubtreeFigures figures, Organisation org, Books books) {
        this.figures = figures;
        this.org = org;
        this.books = books;
    }

    void report(CommandContext ctx, UnitId unit, String args) {
        requireOfficer(ctx.caller(), unit);
        FeePeriod span = args.isBlank() ? FeePeriod.year(books.currentMonth().getYear())
                : PeriodInput.read(args, books.currentMonth()).orElseThrow(() -> new BadInput("fee.period.bad",
                        Map.of("text", args.strip())));
        SubtreeFigures.Figures found = figures.of(unit, span);
        Replies replies = ctx.replies();
        Words words = Words.of(replies);
        Map<String, Object> model = total(found.all());
        model.put("unit", found.top().name());
        model.put("period", words.period(span));
        model.put("units", found.units().stream().map(SubtreeReport::total).toList());
        List<String> nothing = found.branches().stream().filter(r -> r.open() && r.collected() == 0)
                .map(r -> r.branch().name()).toList();
        if (!nothing.isEmpty()) {
            model.put("nothing", String.join(", ", nothing.subList(0, Math.min(NOTHING_SHOWN, nothing.size()))));
            model.put("nothingCount", nothing.size());
            if (nothing.size() > NOTHING_SHOWN) {
                model.put("nothingMore", nothing.size() - NOTHING_SHOWN);
            }
        }
        long closed = found.branches().stream().filter(r -> !r.open()).count();
        if (closed > 0) {
            model.put("closed", closed);
        }
        replies.say("fee.subtree.text", model);
        Spreadsheet file = spreadsheet(found, words);
        OutgoingMessage message = OutgoingMessage.text(replies.render("fee.subtree.file", Map.of("file",
                file.fileName()))).withAttachment(file.toAttachment());
        replies.sendTo(ctx.caller().user().privateChat(), message);
    }

    private void requireOfficer(Caller caller, UnitId unit) {
        boolean covers = caller.admin() || org.unit(unit)
                .filter(u -> caller.officerOf().stream().anyMatch(u::within)).isPresent();
        if (!covers) {
            throw new BadInput("fee.not_lead");
        }
    }

    private static Map<String, Object> total(SubtreeFigures.Total total) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", total.unit().name());
        model.put("branches", total.branches());
        model.put("members", total.members());
        model.put("expected", Words.money(total.expected()));
        model.put("collected", Words.money(total.collected()));
        model.put("passed", Words.money(total.passedUp()));
        model.put("rate", total.rate());
        return model;
    }

    static Spreadsheet spreadsheet(SubtreeFigures.Figures found, Words words) {
        List<List<Object>> branches = new ArrayList<>();
        for (SubtreeFigures.Row row : found.branches()) {
            branches.add(Arrays.asList(row.parent() == null ? null : row.parent().name(), row.branch().name(),
                    row.members(), words.label(row.open() ? "fee.export.open" : "fee.export.closed"), row.expected(),
                    row.collected(), row.rate(), row.passedUp()));
        }
        List<List<Object>> units = new ArrayList<>();
        for (SubtreeFigures.Total total : found.units()) {
            units.add(List.of(total.unit().name(), total.branches(), total.members(), total.expected(),
                    total.collected(), total.rate(), total.passedUp()));
        }
        SubtreeFigures.Total all = found.all();
        units.add(List.of(all.unit().name(), all.branches(), all.members(), all.expected(), all.collected(), all.rate(),
                all.passedUp()));
        return Spreadsheet.named("doan-phi-" + found.span().label())
                .sheet(words.label("fee.export.branches_sheet"), BookExport.columns(words, "fee.export.branches_header"),
                        branches)
                .sheet(words.label("fee.export.units_sheet"), BookExport.columns(words, "fee.export.units_header"), units);
    }
}
