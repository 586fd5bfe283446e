package vn.chidoan.core.features.record;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.RequestButtons;
import vn.chidoan.core.kernel.pipeline.CommandContext;

/**
 * {@code hsc:<branch>:<person>}: a member's card, for the BCH of their branch and officers above; a card
 * holds personal data, so it always goes to the private chat of whoever asked ({@link Privately}).
 */
@Component
class CardButtons extends RequestButtons {
    private final RecordTargets targets;
    private final RecordRights rights;
    private final MemberCard card;
    private final Privately privately;

    CardButtons(RecordTargets targets, RecordRights rights, MemberCard card, Privately privately) {
        super("hsc");
        this.targets = targets;
        this.rights = rights;
        this.card = card;
        this.privately = privately;
    }

    @Override
    public void handle(ButtonContext ctx) {
        targets.of(ctx, ctx.args(), Role.BCH).ifPresent(target -> privately.send(ctx, mine -> card.show(target, mine)));
    }

    /** {@code /thanhvien <số>}: the card of that member of the caller's branch. */
    void show(CommandContext ctx, UnitId branch, PersonId person) {
        Role role = rights.on(ctx.caller(), branch);
        targets.of(ctx.caller(), role, branch, person)
                .ifPresent(target -> privately.send(ctx, mine -> card.show(target, mine)));
    }
}
