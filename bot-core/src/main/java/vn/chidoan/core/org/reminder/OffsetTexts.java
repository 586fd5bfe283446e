package vn.chidoan.core.org.reminder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * How reminder offsets read in a reply ({@code reminder.offset}: "3 ngày trước", "10 phút trước",
 * "đúng lúc diễn ra"), for {@code /nhacnho} and for the features that confirm the branch's own offsets.
 */
public final class OffsetTexts {
    private OffsetTexts() {
    }

    /** Each offset as {@code {text: …}}, for a template's list. */
    public static List<Map<String, String>> of(Replies replies, List<Duration> offsets) {
        return offsets.stream().map(offset -> Map.of("text", of(replies, offset))).toList();
    }

    /** Offsets as a person types them ({@code 1n, 2g}: one day and two hours before), largest first; empty if not. */
    public static Optional<List<Duration>> parse(String typed) {
        return ReminderNotation.offsets(typed);
    }

    public static String of(Replies replies, Duration offset) {
        return replies.render("reminder.offset", ReminderNotation.model(offset)).markup();
    }
}
