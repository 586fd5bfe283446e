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
 * Keeps branches' chat links in step with the bot's place in groups: greets a group it is added to
 * (explaining {@code /lienket}), marks the link inactive when it is removed or can no longer write
 * there, and follows a group to its new id when it is upgraded.
 */
@Component
class ChatLifecycle implements ChatEventListener {
    private final Organisation org;

    ChatLifecycle(Organisation org) {
        this.org = org;
    }

    @Override
    public void onBotMembership(Inbound.BotMembershipChanged event, Replies replies) {
        if (event.kind() != ChatKind.GROUP) {
            return;
        }
        switch (event.status()) {
            case ADDED -> greet(event, replies);
            case REMOVED -> org.links().setActive(event.chat(), false);
            default -> {
            }
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

    @EventListener
    public void on(OutboxEvents.ChatBecameUnreachable gone) {
        org.links().setActive(gone.chat(), false);
    }

    private void greet(Inbound.BotMembershipChanged event, Replies replies) {
        Optional<ChatLinkStore.LinkDoc> earlier = org.links().byChat(event.chat());
        if (earlier.isEmpty()) {
            replies.say("org.group.greeting");
            return;
        }
        org.links().setActive(event.chat(), true);
        org.unit(new UnitId(earlier.get().branch())).ifPresent(branch -> {
            replies.say("org.group.welcome_back", Map.of("branch", branch.name()));
            JoinInvites.post(org, branch.id(), replies);
        });
    }
}
