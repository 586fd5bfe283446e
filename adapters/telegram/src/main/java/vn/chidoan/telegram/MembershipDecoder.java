package vn.chidoan.telegram;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Inbound.BotStatus;

/**
 * {@code my_chat_member}: the bot's own status changed. In groups: added (from left or kicked to a
 * member), promoted (member to administrator), removed (to left or kicked). In a private chat: the
 * user blocked or unblocked the bot. Other changes (a demotion, new rights) give nothing.
 */
final class MembershipDecoder {
    private static final Set<String> INSIDE = Set.of("member", "administrator", "creator");
    private static final String KICKED = "kicked";

    private MembershipDecoder() {
    }

    static List<Inbound> decode(ChatMemberUpdated update) {
        Optional<ChatKind> kind = TelegramRefs.kind(update.getChat());
        if (kind.isEmpty()) {
            return List.of();
        }
        ChatMember before = update.getOldChatMember();
        ChatMember after = update.getNewChatMember();
        Optional<BotStatus> status = kind.get() == ChatKind.PRIVATE ? privateChange(before, after)
                : groupChange(before, after);
        return status.<List<Inbound>>map(s -> List.of(new Inbound.BotMembershipChanged(
                TelegramRefs.chat(update.getChat()), kind.get(), TelegramRefs.title(update.getChat()),
                TelegramRefs.speaker(update.getFrom()), s))).orElse(List.of());
    }

    private static Optional<BotStatus> privateChange(ChatMember before, ChatMember after) {
        if (KICKED.equals(after.getStatus()) && !KICKED.equals(before.getStatus())) {
            return Optional.of(BotStatus.BLOCKED);
        }
        if (KICKED.equals(before.getStatus()) && inside(after)) {
            return Optional.of(BotStatus.UNBLOCKED);
        }
        return Optional.empty();
    }

    private static Optional<BotStatus> groupChange(ChatMember before, ChatMember after) {
        if (!inside(before) && inside(after)) {
            return Optional.of(BotStatus.ADDED);
        }
        if (inside(before) && !inside(after)) {
            return Optional.of(BotStatus.REMOVED);
        }
        if ("member".equals(before.getStatus()) && "administrator".equals(after.getStatus())) {
            return Optional.of(BotStatus.PROMOTED);
        }
        return Optional.empty();
    }

    /** In the chat: a member, an admin, or restricted but still a member. */
    private static boolean inside(ChatMember member) {
        if (member instanceof ChatMemberRestricted restricted) {
            return Boolean.TRUE.equals(restricted.getIsMember());
        }
        return INSIDE.contains(member.getStatus());
    }
}
