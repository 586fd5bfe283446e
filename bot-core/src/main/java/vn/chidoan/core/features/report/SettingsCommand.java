package vn.chidoan.core.features.report;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.DateInput;

/**
 * {@code /baocao caidat}: an officer sees the ranking criteria in force for their unit, and sets them for
 * it ({@code /baocao caidat hop=30 thamgia=30 doanphi=20 hoatdong=10 thongbao=10 nguong=50 mau=tomtat}).
 * Every word is read before anything is saved: one wrong word changes nothing and says what to type.
 */
@Component
class SettingsCommand {
    private final SettingsStore store;

    SettingsCommand(SettingsStore store) {
        this.store = store;
    }

    void handle(CommandContext ctx, UnitId unit, boolean branch, String typed) {
        if (branch || !ctx.caller().role().atLeast(Role.OFFICER)) {
            throw new BadInput("report.settings.officer_only");
        }
        ReportSettings current = store.of(unit);
        if (typed.isBlank()) {
            show(ctx.replies(), "report.settings.current", current);
            return;
        }
        ReportSettings changed = current;
        for (String word : typed.split("\\s+")) {
            changed = apply(changed, word);
        }
        store.save(unit, changed);
        show(ctx.replies(), "report.settings.saved", changed);
    }

    static ReportSettings apply(ReportSettings settings, String word) {
        String[] parts = DateInput.plain(word).split("=", 2);
        if (parts.length != 2) {
            throw bad(word);
        }
        String name = parts[0].strip();
        String value = parts[1].strip();
        if (name.equals("mau")) {
            if (!ReportSettings.LAYOUTS.contains(value)) {
                throw bad(word);
            }
            return settings.withLayout(value);
        }
        if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > 100) {
            throw bad(word);
        }
        int number = Integer.parseInt(value);
        if (name.equals("nguong")) {
            return settings.withThreshold(number);
        }
        if (!ReportSettings.CRITERIA.contains(name)) {
            throw bad(word);
        }
        return settings.withWeight(name, number);
    }

    private static BadInput bad(String word) {
        return new BadInput("report.settings.bad", Map.of("word", word));
    }

    private static void show(Replies replies, String key, ReportSettings settings) {
        Map<String, Object> model = new HashMap<>();
        model.put("weights", SubtreeText.weights(settings, replies));
        model.put("threshold", settings.threshold());
        model.put("layout", settings.layout());
        replies.say(key, model);
    }
}
