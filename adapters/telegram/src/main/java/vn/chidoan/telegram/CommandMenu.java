package vn.chidoan.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.text.Texts;

/**
 * The menu Telegram shows when a user types "/": member commands in private chats and in groups, and
 * in groups the committee's commands too for chat administrators. Descriptions are the commands' help
 * templates as one plain line, Vietnamese by default and English for English-speaking clients; a
 * command without a help template is left out of the menu.
 */
final class CommandMenu {
    static final int DESCRIPTION_LIMIT = 256;
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

    private CommandMenu() {
    }

    static List<SetMyCommands> requests(List<CommandSpec> specs, Texts texts) {
        List<SetMyCommands> requests = new ArrayList<>();
        for (String lang : List.of(Texts.VIETNAMESE, "en")) {
            String languageCode = Texts.VIETNAMESE.equals(lang) ? null : lang;
            requests.add(request(new BotCommandScopeAllPrivateChats(), languageCode,
                    menu(specs, texts, lang, spec -> spec.listedFrom().compareTo(Role.MEMBER) <= 0
                            && spec.place().allows(ChatKind.PRIVATE))));
            requests.add(request(new BotCommandScopeAllGroupChats(), languageCode,
                    menu(specs, texts, lang, spec -> spec.listedFrom().compareTo(Role.MEMBER) <= 0
                            && spec.place().allows(ChatKind.GROUP))));
            requests.add(request(new BotCommandScopeAllChatAdministrators(), languageCode,
                    menu(specs, texts, lang, spec -> spec.listedFrom().compareTo(Role.SECRETARY) <= 0
                            && spec.place().allows(ChatKind.GROUP))));
        }
        return requests;
    }

    private static SetMyCommands request(BotCommandScope scope, String languageCode, List<BotCommand> commands) {
        return SetMyCommands.builder().scope(scope).languageCode(languageCode).commands(commands).build();
    }

    private static List<BotCommand> menu(List<CommandSpec> specs, Texts texts, String lang,
            Predicate<CommandSpec> shown) {
        return specs.stream().filter(spec -> NAME.matcher(spec.name()).matches()).filter(shown)
                .flatMap(spec -> description(spec, texts, lang).map(text -> new BotCommand(spec.name(), text))
                        .stream())
                .toList();
    }

    /** The help template as one plain line of at most 256 characters; empty if there is none. */
    static Optional<String> description(CommandSpec spec, Texts texts, String lang) {
        if (!texts.exists(spec.helpKey(), lang)) {
            log.info("Telegram menu: /{} has no {} template in {}; left out", spec.name(), spec.helpKey(), lang);
            return Optional.empty();
        }
        try {
            String line = texts.plain(spec.helpKey(), lang).replaceAll("\\s+", " ").strip();
            if (line.length() > DESCRIPTION_LIMIT) {
                line = line.substring(0, DESCRIPTION_LIMIT - 1).stripTrailing() + "…";
            }
            return line.isEmpty() ? Optional.empty() : Optional.of(line);
        } catch (RuntimeException e) {
            log.warn("Telegram menu: /{} left out, its help does not render: {}", spec.name(), e.getMessage());
            return Optional.empty();
        }
    }
}
