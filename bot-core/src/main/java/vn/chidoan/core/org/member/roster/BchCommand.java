package vn.chidoan.core.org.member.roster;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.org.member.Members;

/**
 * {@code /bch_them}: the secretary adds a member to the BCH, by replying to their message in the group
 * or by their roster number ({@code /bch_them 3}).
 */
@Component
class BchCommand extends BranchRosterCommand {
    private static final CommandSpec SPEC = CommandSpec.command("bch_them").minRole(Role.SECRETARY)
            .place(Place.ANYWHERE).arguments(CommandSpec.Arguments.OPTIONAL).onBranch().build();

    BchCommand(Members members) {
        super(SPEC, members);
    }

    @Override
    public void handle(CommandContext ctx) {
        UnitId branch = BranchContext.branch(ctx.caller());
        RosterEntry target = target(ctx, branch);
        String name = BranchContext.nameOf(target);
        if (target.role().atLeast(Role.BCH)) {
            ctx.replies().say("member.bch.already", Map.of("name", name));
            return;
        }
        members.promote(target.person(), branch, Role.BCH);
        ctx.replies().say("member.bch.done", Map.of("name", name));
    }

    private RosterEntry target(CommandContext ctx, UnitId branch) {
        if (ctx.hasArgs()) {
            return members.rosterEntry(branch, typedNumber(ctx));
        }
        Speaker repliedTo = ctx.message().repliedTo();
        if (repliedTo == null) {
            throw new BadInput(SPEC.usageKey());
        }
        return members.personOf(repliedTo.ref())
                .flatMap(person -> members.rosterEntryOf(branch, person.id()))
                .orElseThrow(() -> new BadInput("member.bch.not_member", Map.of("name", speakerName(repliedTo))));
    }

    private static String speakerName(Speaker speaker) {
        return speaker.displayName() == null ? "" : speaker.displayName();
    }
}
