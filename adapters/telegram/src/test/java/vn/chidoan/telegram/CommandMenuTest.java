package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.text.Texts;

/** Uses the test templates under {@code templates/<lang>/command/}. */
class CommandMenuTest {
    private final Texts texts = new Texts();
    private final List<CommandSpec> specs = List.of(
            CommandSpec.command("thu_nghiem").build(),
            CommandSpec.command("bch_thu").minRole(Role.BCH).place(Place.GROUP).build(),
            CommandSpec.command("khong_mo_ta").build(),
            CommandSpec.command("dai").place(Place.PRIVATE).build(),
            CommandSpec.command("donvi").minRole(Role.OFFICER).build());

    @Test
    void eachScopeShowsTheCommandsItsPeopleMayUse() {
        Map<String, List<String>> vietnamese = menus(null);

        assertThat(vietnamese.get("all_private_chats")).containsExactly("thu_nghiem", "dai");
        assertThat(vietnamese.get("all_group_chats")).containsExactly("thu_nghiem");
        assertThat(vietnamese.get("all_chat_administrators")).containsExactly("thu_nghiem", "bch_thu");
    }

    @Test
    void descriptionsAreOnePlainLineFromTheHelpTemplate() {
        BotCommand test = command(null, "all_private_chats", "thu_nghiem");

        assertThat(test.getDescription()).isEqualTo("Thử xem bot có trả lời không");
        assertThat(command("en", "all_private_chats", "thu_nghiem").getDescription())
                .isEqualTo("Check the bot answers");
    }

    @Test
    void longHelpIsCutToTelegramsLimit() {
        String description = command(null, "all_private_chats", "dai").getDescription();

        assertThat(description).hasSize(CommandMenu.DESCRIPTION_LIMIT).startsWith("Rất dài Rất dài").endsWith("…");
    }

    @Test
    void commandWhoseHelpIsMissingOrBrokenIsLeftOut() {
        assertThat(menus(null).values()).allSatisfy(names -> assertThat(names).doesNotContain("khong_mo_ta"));
        assertThat(menus("en").get("all_private_chats")).containsExactly("thu_nghiem");
    }

    private Map<String, List<String>> menus(String languageCode) {
        return CommandMenu.requests(specs, texts).stream()
                .filter(r -> java.util.Objects.equals(r.getLanguageCode(), languageCode))
                .collect(Collectors.toMap(r -> r.getScope().getType(),
                        r -> r.getCommands().stream().map(BotCommand::getCommand).toList()));
    }

    private BotCommand command(String languageCode, String scope, String name) {
        SetMyCommands request = CommandMenu.requests(specs, texts).stream()
                .filter(r -> java.util.Objects.equals(r.getLanguageCode(), languageCode))
                .filter(r -> r.getScope().getType().equals(scope)).findFirst().orElseThrow();
        return request.getCommands().stream().filter(c -> c.getCommand().equals(name)).findFirst().orElseThrow();
    }
}
