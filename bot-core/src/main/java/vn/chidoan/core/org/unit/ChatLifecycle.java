package vn.chidoan.core.org.unit;

import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.OutboxEvents;
import vn.chidoan.core.kernel.pipeline.ChatEventListener;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * Answers the bot's arrival in a group: a greeting explaining {@code /lienket}, or, in a branch's group
 * that added it back, a welcome back and the join button. Follows a group to its new id when it is
 * upgraded. Whether the bot is in the group at all is the outbox's record, told by the pipeline before
 * this runs (so the welcome back goes out).
 */
@Component
class ChatLifecycle implements ChatEventListener {
    private final Organisation org;

    ChatLifecycle(Organisation org) {
        this.org = org;
    }

    @Override
    public void onBotMembership(Inbound.BotMembershipChanged event, Replies replies) {
        if (event.kind() == ChatKind.GROUP && event.status() == Inbound.BotStatus.ADDED) {
            greet(event, replies);
        }
    }

    @Override
    public void onChatMigrated(Inbound.ChatMigrated event) {
        org.links().move(event.chat(), event.to());
    }

    @EventListener
    public void on(OutboxEvents.ChatMoved moved) {
        org.links().move(moved.from(), moved.to());
    }

    private void greet(Inbound.BotMembershipChanged event, Replies replies) {
        Optional<ChatLinkStore.LinkDoc> earlier = org.links().byChat(event.chat());
        if (earlier.isEmpty()) {
            replies.say("org.group.greeting");
            return;
        }
        org.unit(new UnitId(earlier.get().branch())).ifPresent(branch -> {
            replies.say("org.group.welcome_back", Map.of("branch", branch.name()));
            JoinInvites.post(org, branch.id(), replies);
        });
    }
}
