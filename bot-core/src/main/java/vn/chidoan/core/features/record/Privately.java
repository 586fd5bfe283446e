package vn.chidoan.core.features.record;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.PrivateChannel;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * What holds personal data (a card, a roster file) goes only to the private chat of whoever asked. Asked in
 * a group, the group is told it went there; when the bot cannot write to them yet, the group gets a button
 * that opens the private chat ({@link OpenPrivateChat}) and nothing else.
 */
@Component
public class Privately {
    private final PrivateChannel channel;

    Privately(PrivateChannel channel) {
        this.channel = channel;
    }

    /** For a command: {@code what} gets the private chat's replies; true if it could be written to. */
    public boolean send(CommandContext ctx, Consumer<Replies> what) {
        boolean sent = deliver(channel.of(ctx), ctx.replies(), what);
        if (sent && ctx.message().kind() == ChatKind.GROUP) {
            ctx.replies().say("record.private.sent");
        }
        return sent;
    }

    /** For a press: the same, and a toast says where it went when it was pressed in a group. */
    public boolean send(ButtonContext ctx, Consumer<Replies> what) {
        boolean sent = deliver(channel.of(ctx), ctx.replies(), what);
        if (sent && ctx.press().kind() == ChatKind.GROUP) {
            ctx.toast("record.private.sent_toast");
        }
        return sent;
    }

    private boolean deliver(Optional<Replies> mine, Replies here, Consumer<Replies> what) {
        if (mine.isPresent()) {
            what.accept(mine.get());
            return true;
        }
        Optional<String> link = channel.startLink(here.chat().platform(), OpenPrivateChat.PAYLOAD);
        here.say("record.private.needed", Map.of(), link.map(url -> List.of(List.of(
                Button.link(here.label("record.private.open_button"), url)))).orElse(List.of()));
        return false;
    }
}
