package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.TestBot;

/**
 * docs/reminders.md names the reminder kinds a branch sets with {@code /nhacnho} by the keys the code uses
 * (an operator sets {@code chidoan.reminders.kinds.<kind>.offsets} with them), each with its word.
 */
class RemindersDocTest {
    static final Path DOC = Path.of("..", "docs", "reminders.md");

    @Test
    void theDocListsTheBuiltInKindsByTheirKeysAndWords() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        Map<String, RemindersProperties.Kind> kinds = RemindersProperties.BUILT_IN;

        assertThat(doc).contains("Kinds: " + kinds.keySet().stream().map(key -> "`" + key + "`")
                .collect(Collectors.joining(", ")) + " are built in (with their `/nhacnho` words "
                + kinds.values().stream().map(kind -> "`" + kind.word() + "`").collect(Collectors.joining(", ")) + ")");
    }

    @Test
    void everyBuiltInKindIsAKindTheFeaturesProvide() {
        TestBot bot = TestBot.on(Database.EMBEDDED);

        assertThat(bot.beans(ReminderKind.class)).extracting(ReminderKind::kind)
                .containsAll(RemindersProperties.BUILT_IN.keySet());
    }
}
