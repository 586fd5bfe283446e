package vn.chidoan.core.features.record.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * {@code /thanhvien_mau}: the empty roster workbook {@code /thanhvien_nhap} reads, in the asker's language:
 * the first sheet has the columns of {@code /thanhvien_xuat} that an import reads (number, name and the
 * record's fields) and no row, so nothing in it is imported by mistake; the second says how to fill each
 * column, with an example. It holds nobody's data, so it is sent where it is asked for.
 */
@Component
class TemplateCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("thanhvien_mau").minRole(Role.BCH)
            .place(Place.ANYWHERE).build();

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Spreadsheet file = workbook(ctx.replies());
        ctx.replies().send(OutgoingMessage.text(ctx.replies().render("record.import.template", Map.of("file",
                file.fileName()))).withAttachment(file.toAttachment()));
    }

    static Spreadsheet workbook(Replies replies) {
        List<String> header = Arrays.stream(replies.label(RosterSheet.HEADER_KEY).split("\\|")).map(String::strip)
                .limit(2 + Field.values().length).toList();
        List<List<String>> guide = Arrays.stream(replies.label("record.import.guide").split("\n"))
                .filter(line -> !line.isBlank())
                .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toList()).toList();
        return Spreadsheet.named("mau-danh-sach-doan-vien")
                .sheet(replies.label("record.export.sheet"), header, List.of())
                .sheet(replies.label("record.import.guide_sheet"), List.of(replies.label("record.import.guide_header")
                        .split("\\|")), guide);
    }
}
