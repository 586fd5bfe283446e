package vn.chidoan.core.features.form;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.org.audience.PostedRights;

/**
 * {@code /dangky_ketqua [số]}: a form's counts, list and Excel file (by default the caller's latest form,
 * else the latest that reached their branch), always in the caller's private chat since it names members.
 * The creator and officers above see every branch; a branch's committee sees their branch.
 */
@Component
class FormResultsCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("dangky_ketqua").minRole(Role.BCH)
            .place(Place.ANYWHERE).arguments(CommandSpec.Arguments.OPTIONAL).build();

    private final Forms forms;
    private final PostedRights rights;
    private final FormResultsReport report;

    FormResultsCommand(Forms forms, PostedRights rights, FormResultsReport report) {
        this.forms = forms;
        this.rights = rights;
        this.report = report;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Form form = formOf(ctx);
        List<UnitId> readable = rights.readable(ctx.caller(), form);
        if (readable.isEmpty()) {
            throw new BadInput("form.results.not_yours", Map.of("number", form.number()));
        }
        ctx.answerPrivately((chat, lang, key) -> report.send(form, readable, chat, lang, key, Priority.INTERACTIVE),
                "form.results.sent_private", Map.of("number", form.number()));
    }

    private Form formOf(CommandContext ctx) {
        if (ctx.hasArgs()) {
            int number = Arguments.positive(Arguments.firstWord(ctx.args()), "form.results.bad_number");
            return forms.find(number).orElseThrow(() -> new BadInput("form.no_such_form", Map.of("number", number)));
        }
        if (ctx.caller().person() == null) {
            throw new BadInput("form.results.none");
        }
        Optional<Form> latest = forms.latestBy(ctx.caller().person());
        return latest.or(() -> forms.latestFor(ctx.caller().person(), 1).stream().findFirst())
                .orElseThrow(() -> new BadInput("form.results.none"));
    }
}
