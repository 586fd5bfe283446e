package vn.chidoan.core.kernel.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.org.member.StartPayloads;
import vn.chidoan.core.testing.TestBot;

/**
 * Every command, button prefix and {@code /start} payload the core's real context declares has a row in the
 * {@link PermissionTable}, and no row names a command that is gone: a new declaration without a row fails.
 */
class PermissionRowsTest {

    @Test
    void everyDeclaredCommandButtonAndPayloadHasARow() {
        PermissionWorld world = new PermissionWorld();
        TestBot bot = world.bot;
        Set<String> commands = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        List<String> payloads = new ArrayList<>();
        for (String what : PermissionTable.expected().byWhat().keySet()) {
            String typed = world.fill(what);
            if (PermissionTable.START_LINKS.test(what)) {
                payloads.add(typed.substring("/start ".length()));
            } else if (PermissionTable.COMMANDS.test(what)) {
                commands.add(typed.substring(1).split("\\s+")[0]);
            } else {
                prefixes.add(typed.split(":")[0]);
            }
        }

        assertThat(commands).as("a row for each command").containsAll(
                bot.commands().stream().map(CommandSpec::name).toList());
        assertThat(bot.commands().stream().map(CommandSpec::name).toList()).as("no row for a command that is gone")
                .containsAll(commands);
        assertThat(prefixes).as("a row for each button").containsExactlyInAnyOrderElementsOf(
                bot.beans(ButtonAction.class).stream().map(ButtonAction::prefix).toList());
        assertThat(bot.beans(StartPayloads.class)).as("a row for each /start payload").allSatisfy(handler ->
                assertThat(payloads).as(handler.getClass().getSimpleName()).anyMatch(handler::recognises));
    }
}
