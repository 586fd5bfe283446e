package vn.chidoan.core.org.reminder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Texts;

/**
 * {@code /nhacnho}: the BCH sees its branch's reminder offsets and quiet hours
 * ({@code /nhacnho}), sets a kind's offsets ({@code /nhacnho hop 3n,1n,2g}), sets quiet hours
 * ({@code /nhacnho yenlang 21:30-07:00} or {@code tat}), or returns to the default
 * ({@code macdinh}). Bad input is answered with an example and writes nothing.
 */
@Component
class RemindersCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("nhacnho").minRole(Role.BCH).place(Place.ANYWHERE)
            .arguments(CommandSpec.Arguments.OPTIONAL).onBranch().build();
    private static final Set<String> QUIET_WORDS = Set.of("yenlang", "quiet");
    private static final Set<String> DEFAULT_WORDS = Set.of("macdinh", "default");

    private final Reminders reminders;
    private final RemindersProperties properties;
    private final Texts texts;

    RemindersCommand(Reminders reminders, RemindersProperties properties, Texts texts) {
        this.reminders = reminders;
        this.properties = properties;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        UnitId unit = ctx.caller().unit();
        if (unit == null) {
            throw new BadInput("reminder.settings.no_unit");
        }
        if (!ctx.hasArgs()) {
            show(ctx.replies(), unit);
            return;
        }
        String[] words = ctx.args().strip().split("\\s+", 2);
        String word = ReminderNotation.normalize(words[0]);
        String value = words.length > 1 ? words[1].strip() : "";
        if (QUIET_WORDS.contains(word)) {
            setQuietHours(ctx.replies(), unit, value);
        } else {
            setOffsets(ctx.replies(), unit, word, value);
        }
    }

    private void show(Replies replies, UnitId unit) {
        BranchSettings settings = reminders.settings(unit);
        List<Map<String, Object>> kinds = new ArrayList<>();
        properties.kinds().forEach((kind, config) -> kinds.add(Map.of("name", kindName(replies, kind, config.word()),
                "word", config.word(), "offsets", offsets(replies, settings.offsetsFor(kind)))));
        replies.say("reminder.settings.show", Map.of("kinds", kinds, "quiet", quiet(replies, settings.quietHours())));
    }

    private void setOffsets(Replies replies, UnitId unit, String word, String value) {
        String kind = properties.kindOfWord(word).orElseThrow(() -> new BadInput("reminder.settings.unknown_kind",
                Map.of("value", word, "words", properties.kinds().values().stream().map(k -> k.word()).toList())));
        boolean reset = DEFAULT_WORDS.contains(ReminderNotation.normalize(value));
        List<Duration> offsets = reset ? null : ReminderNotation.offsets(value).orElseThrow(() -> new BadInput(
                "reminder.settings.bad_offsets", Map.of("word", word, "value", value)));
        reminders.changeOffsets(unit, kind, offsets);
        replies.say("reminder.settings.offsets_saved", Map.of("name", kindName(replies, kind, word), "reset", reset,
                "offsets", offsets(replies, reminders.settings(unit).offsetsFor(kind))));
    }

    private void setQuietHours(Replies replies, UnitId unit, String value) {
        boolean reset = DEFAULT_WORDS.contains(ReminderNotation.normalize(value));
        QuietHours quiet = reset ? null : ReminderNotation.quietHours(value).orElseThrow(() -> new BadInput(
                "reminder.settings.bad_quiet", Map.of("value", value)));
        reminders.changeQuietHours(unit, quiet);
        replies.say("reminder.settings.quiet_saved", Map.of("reset", reset,
                "quiet", quiet(replies, reminders.settings(unit).quietHours())));
    }

    private String kindName(Replies replies, String kind, String word) {
        String key = "reminder.kind." + kind;
        return texts.exists(key, replies.lang()) ? replies.render(key, Map.of()).markup() : word;
    }

    private static List<Map<String, String>> offsets(Replies replies, List<Duration> offsets) {
        return OffsetTexts.of(replies, offsets);
    }

    private static String quiet(Replies replies, QuietHours quiet) {
        Map<String, Object> model = quiet.none() ? Map.of("none", true)
                : Map.of("start", ReminderNotation.clock(quiet.start()), "end", ReminderNotation.clock(quiet.end()));
        return replies.render("reminder.quiet", model).markup();
    }
}
