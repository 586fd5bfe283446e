package vn.chidoan.telegram;

import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;

/**
 * Brings a command to the neutral form {@code /cmd args}: {@code /cmd@OurBot args} and the
 * separate-mention form {@code /cmd @OurBot args} lose the bot's name; a command addressed to another
 * bot is not ours at all. Entity offsets are UTF-16 code units, which is what Java string indexes are.
 */
final class CommandText {
    private static final String BOT_COMMAND = "bot_command";
    private static final String MENTION = "mention";

    private CommandText() {
    }

    /** The text to hand on, or empty when the command is addressed to another bot. */
    static Optional<String> normalize(String text, List<MessageEntity> entities, BotIdentity bot) {
        if (text == null || !text.startsWith("/")) {
            return Optional.ofNullable(text);
        }
        List<MessageEntity> all = entities == null ? List.of() : entities;
        int end = commandEnd(text, all);
        String command = text.substring(0, end);
        String rest = text.substring(end);
        int at = command.indexOf('@');
        if (at >= 0) {
            if (!bot.answersTo(command.substring(at + 1))) {
                return Optional.empty();
            }
            return Optional.of(command.substring(0, at) + rest);
        }
        return Optional.of(command + withoutLeadingMention(text, end, all, bot));
    }

    private static int commandEnd(String text, List<MessageEntity> entities) {
        for (MessageEntity entity : entities) {
            if (BOT_COMMAND.equals(entity.getType()) && entity.getOffset() == 0 && entity.getLength() > 1
                    && entity.getLength() <= text.length()) {
                return entity.getLength();
            }
        }
        int end = 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The rest after the command, without an {@code @OurBot} that directly follows it. */
    private static String withoutLeadingMention(String text, int commandEnd, List<MessageEntity> entities,
            BotIdentity bot) {
        String rest = text.substring(commandEnd);
        int start = commandEnd;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == commandEnd || start >= text.length() || text.charAt(start) != '@') {
            return rest;
        }
        int end = mentionEnd(text, start, entities);
        if (!bot.isNamed(text.substring(start + 1, end))) {
            return rest;
        }
        return text.substring(end);
    }

    private static int mentionEnd(String text, int start, List<MessageEntity> entities) {
        for (MessageEntity entity : entities) {
            if (MENTION.equals(entity.getType()) && entity.getOffset() == start
                    && start + entity.getLength() <= text.length()) {
                return start + entity.getLength();
            }
        }
        int end = start + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
