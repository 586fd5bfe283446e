package vn.chidoan.core.features.record;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;

/** {@code hse:<field>}: a member corrects a field of their own record that is theirs to correct. */
@Component
class OwnEditButtons implements ButtonAction {
    static final String PREFIX = "hse";

    private final Records records;
    private final Conversations conversations;

    OwnEditButtons(Records records, Conversations conversations) {
        this.records = records;
        this.conversations = conversations;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Role minRole() {
        return Role.GUEST;
    }

    @Override
    public void handle(ButtonContext ctx) {
        Field field = Field.of(ctx.args().toLowerCase(Locale.ROOT)).orElse(null);
        if (field == null || !field.selfEditable() || !ctx.caller().known()) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        records.find(ctx.caller().person()).ifPresentOrElse(
                record -> EditFlow.ownField(conversations, ctx.caller(), record.branch(), field, ctx.replies()),
                () -> ctx.replies().say("record.own.none"));
    }
}
