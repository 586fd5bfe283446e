package vn.chidoan.core.org.unit;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.text.CleanText;

/**
 * {@code /mamoi <tên đơn vị>}: an officer issues a new code for a unit below theirs (its leader's code)
 * or a branch (its link code), when the first one expired or went astray; the unused codes it replaces
 * stop at once. The admin may also renew the top unit's code.
 */
@Component
class NewCodeCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("mamoi").minRole(Role.OFFICER)
            .place(Place.PRIVATE).arguments(CommandSpec.Arguments.REQUIRED).build();

    private final Organisation org;

    NewCodeCommand(Organisation org) {
        this.org = org;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Unit top = NewUnits.requiredParent(org, ctx.caller());
        String name = NewUnits.name(ctx);
        Unit unit = org.units().named(top.id(), name).or(() -> rootForAdmin(ctx, top, name))
                .orElseThrow(() -> new BadInput("org.code.no_such_unit", Map.of("name", name, "top", top.name())));
        InviteStore.Purpose purpose = unit.kind().isBranch() ? InviteStore.Purpose.LINK_BRANCH
                : InviteStore.Purpose.LEAD_UNIT;
        InviteStore.InviteDoc code = org.invites().reissue(purpose, unit.id(), ctx.replies().eventKey(),
                org.clock().instant());
        Map<String, Object> model = NewUnits.withCode(org, ctx, unit, code);
        model.put(unit.kind().isBranch() ? "branch" : "unit", true);
        ctx.replies().say("org.code.reissued", model);
    }

    /** Only the admin renews the code of the top unit, which has no officer above it. */
    private static Optional<Unit> rootForAdmin(CommandContext ctx, Unit top, String name) {
        return ctx.caller().admin() && top.parent() == null && CleanText.sameName(top.name(), name)
                ? Optional.of(top) : Optional.empty();
    }
}
