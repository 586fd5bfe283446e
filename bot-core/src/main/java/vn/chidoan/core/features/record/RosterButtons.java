package vn.chidoan.core.features.record;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.RequestButtons;
import vn.chidoan.core.kernel.pipeline.Roles;

/**
 * {@code hsr:<branch>:<page>}: another page of the roster, in place of the one pressed where the
 * platform edits messages (a new message elsewhere); for the branch's BCH and officers above.
 */
@Component
class RosterButtons extends RequestButtons {
    private final RosterPages pages;
    private final RecordRights rights;

    RosterButtons(RosterPages pages, RecordRights rights) {
        super("hsr");
        this.pages = pages;
        this.rights = rights;
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":");
        if (parts.length != 2 || !parts[1].matches("[0-9]{1,5}")) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        UnitId branch = new UnitId(parts[0]);
        if (!rights.holds(ctx.caller(), branch, Role.BCH)) {
            ctx.toast(Roles.buttonRefusalKey(Role.BCH));
            return;
        }
        OutgoingMessage page = pages.page(branch, Integer.parseInt(parts[1]), ctx.replies());
        if (page == null) {
            ctx.replies().say("member.roster.empty");
        } else if (ctx.press().messageId() != null && Capabilities.of(ctx.press().chat().platform()).edits()) {
            ctx.replies().send(page.editing(ctx.press().messageId()));
        } else {
            ctx.replies().send(page);
        }
    }
}
