package vn.chidoan.core.features.fee;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.text.DateInput;

/**
 * {@code /doanphi [việc]}: alone, a member's status and VietQR code (and the BCH's overview); the word after
 * it picks the BCH's task, read without diacritics: settings ({@code mo caidat muc ky han tk trichnop nhom}),
 * payments ({@code nop}, "cả chi đoàn đã nộp…", {@code huy}, {@code sua}), the book ({@code xuat no capnop}).
 * Each task checks the caller's role in the branch itself.
 */
@Component
class FeeCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("doanphi").minRole(Role.MEMBER).place(Place.ANYWHERE)
            .arguments(CommandSpec.Arguments.OPTIONAL).build();

    private final Overview overview;
    private final SettingWords settings;
    private final AccountWords account;
    private final MarkWords marks;
    private final FixWords fixes;
    private final BookWords book;

    FeeCommand(Overview overview, SettingWords settings, AccountWords account, MarkWords marks, FixWords fixes,
            BookWords book) {
        this.overview = overview;
        this.settings = settings;
        this.account = account;
        this.marks = marks;
        this.fixes = fixes;
        this.book = book;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        String[] split = ctx.args().strip().split("\\s+", 2);
        String word = DateInput.plain(split[0]);
        String rest = split.length > 1 ? split[1] : "";
        switch (word) {
            case "" -> overview.show(ctx);
            case "mo", "moso" -> settings.open(ctx);
            case "caidat", "xem" -> settings.show(ctx);
            case "muc", "mucthu" -> settings.amounts(ctx, rest);
            case "ky", "kythu" -> settings.cycle(ctx, rest);
            case "han", "hannop" -> settings.deadline(ctx, rest);
            case "tk", "taikhoan" -> account.account(ctx, rest);
            case "trichnop" -> settings.share(ctx, rest);
            case "nhom" -> settings.category(ctx, rest);
            case "nop", "danop" -> marks.mark(ctx, rest);
            case "huy" -> fixes.voidRecord(ctx, rest);
            case "sua" -> fixes.correct(ctx, rest);
            case "xuat", "so" -> book.export(ctx, rest);
            case "no", "conno" -> book.owed(ctx);
            case "capnop" -> book.remit(ctx, rest);
            default -> {
                if (!MarkWords.aboutEveryone(ctx.args())) {
                    throw new BadInput("command.doanphi.usage");
                }
                marks.mark(ctx, ctx.args());
            }
        }
    }
}
