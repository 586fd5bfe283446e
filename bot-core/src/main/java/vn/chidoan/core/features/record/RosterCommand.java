package vn.chidoan.core.features.record;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.org.member.Members;

/**
 * {@code /thanhvien}: the branch's roster, a page at a time, a button per member; {@code /thanhvien <số>}
 * opens that member's card (in the private chat: a card holds personal data).
 */
@Component
class RosterCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("thanhvien").minRole(Role.BCH)
            .place(Place.ANYWHERE).arguments(CommandSpec.Arguments.OPTIONAL).onBranch().build();

    private final RosterPages pages;
    private final RecordRights rights;
    private final Members members;
    private final CardButtons cards;

    RosterCommand(RosterPages pages, RecordRights rights, Members members, CardButtons cards) {
        this.pages = pages;
        this.rights = rights;
        this.members = members;
        this.cards = cards;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        UnitId branch = rights.branchOf(ctx.caller());
        if (ctx.hasArgs()) {
            int number = Arguments.positive(Arguments.firstWord(ctx.args()), SPEC.usageKey());
            cards.show(ctx, branch, members.rosterEntry(branch, number).person());
            return;
        }
        Optional.ofNullable(pages.page(branch, 0, ctx.replies())).ifPresentOrElse(ctx.replies()::send,
                () -> ctx.replies().say("member.roster.empty"));
    }
}
