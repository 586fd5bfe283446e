package vn.chidoan.core.kernel.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every command the bot knows, by name and alias, with {@code /trogiup} built in. Adapters read
 * {@link #specs()} to publish the platform's command menu.
 */
@Component
public class CommandCatalog {
    private final List<Command> commands;
    private final Map<String, Command> byWord = new HashMap<>();

    public CommandCatalog(List<Command> commands) {
        List<Command> all = new ArrayList<>(commands);
        all.add(new HelpCommand(this));
        all.sort(Comparator.comparing((Command c) -> c.spec().minRole()).thenComparing(c -> c.spec().name()));
        this.commands = List.copyOf(all);
        for (Command command : this.commands) {
            register(command.spec().name(), command);
            command.spec().aliases().forEach(alias -> register(alias, command));
        }
    }

    public Optional<Command> find(String word) {
        return Optional.ofNullable(byWord.get(word));
    }

    /** All declarations, least role first. */
    public List<CommandSpec> specs() {
        return commands.stream().map(Command::spec).toList();
    }

    private void register(String word, Command command) {
        Command before = byWord.putIfAbsent(word, command);
        if (before != null) {
            throw new IllegalStateException("two commands answer to /" + word + ": "
                    + before.getClass().getName() + " and " + command.getClass().getName());
        }
    }
}
