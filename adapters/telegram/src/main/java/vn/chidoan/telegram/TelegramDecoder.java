package vn.chidoan.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.inbound.InboundDecoder;

/**
 * One stored Telegram {@code Update} into chat-contract events. The bot reads new messages, button
 * presses, its own membership, group migrations and what Telegram says of its polls (answers and
 * counts); everything else (edits, channel posts, other members' changes, contacts, locations …) gives
 * no event and no error.
 */
class TelegramDecoder implements InboundDecoder {
    private final MessageDecoder messages;

    TelegramDecoder(BotIdentity bot) {
        this.messages = new MessageDecoder(bot);
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public List<Inbound> decode(String payload) {
        Update update = TelegramJson.update(payload);
        if (update.hasMessage()) {
            return messages.decode(update.getMessage());
        }
        if (update.hasCallbackQuery()) {
            return button(update.getCallbackQuery());
        }
        if (update.hasMyChatMember()) {
            return MembershipDecoder.decode(update.getMyChatMember());
        }
        if (update.hasPollAnswer()) {
            return PollDecoder.answer(update.getPollAnswer());
        }
        if (update.hasPoll()) {
            return PollDecoder.counts(update.getPoll());
        }
        return List.of();
    }

    /**
     * A press on an inline button. Presses on inline-mode messages carry no chat and are not ours; one
     * without its id could not be answered, so it is no press either (Telegram always sends the id).
     */
    private List<Inbound> button(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        if (message == null || query.getData() == null || query.getFrom() == null || query.getId() == null) {
            return List.of();
        }
        return TelegramRefs.kind(message.getChat())
                .<List<Inbound>>map(kind -> List.of(new Inbound.ButtonPressed(TelegramRefs.chat(message.getChat()),
                        kind, TelegramRefs.speaker(query.getFrom()), query.getData(),
                        message.getMessageId().toString(), threadOf(message), query.getId())))
                .orElse(List.of());
    }

    private static String threadOf(MaybeInaccessibleMessage message) {
        return message instanceof Message full ? MessageDecoder.threadId(full) : null;
    }
}
