package vn.chidoan.core.features.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.org.reminder.Schedule;
import vn.chidoan.core.kernel.text.CleanText;
import vn.chidoan.core.kernel.text.DateInput;

/**
 * What the BCH types after {@code /hop} and {@code /hop_dinhky}: {@code 15/12 19h30 Sinh hoạt tháng 12
 * tại Hội trường} and {@code 15 19h30 Sinh hoạt định kỳ} or {@code cuối tháng 19h30}. Anything it
 * cannot read is a {@link BadInput} with the command's usage.
 */
final class MeetingInput {
    static final int TOPIC_MAX = 200;
    private static final Pattern AT_PLACE = Pattern.compile("(?iu)(?:^|\\s+)t\u1ea1i\\s+");
    private static final Pattern LAST_DAY = Pattern.compile("(?iu)^(cu\u1ed1i|cuoi)\\s*(th\u00e1ng|thang)?\\s+(.*)$");

    /** A one-off meeting as typed. */
    record OneOff(LocalDate date, LocalTime time, String topic, String place) {
    }

    /** A monthly meeting as typed; {@code day} may be {@link Schedule#LAST_DAY}. */
    record Monthly(int day, LocalTime time, String topic) {
    }

    private MeetingInput() {
    }

    static OneOff oneOff(String args, LocalDate today) {
        String text = CleanText.clean(args).strip(); // an invisible character would make the day unreadable
        DateInput.When when = DateInput.leading(text, today)
                .orElseThrow(() -> new BadInput("meeting.create.bad_date", Map.of("value", firstWord(text))));
        LocalTime time = when.time();
        String rest = when.rest();
        if (time == null) { // here the time must follow the day, so a bare number is the hour
            String word = firstWord(rest);
            if (word.isEmpty()) {
                throw new BadInput("command.hop.usage");
            }
            time = DateInput.time(word).orElseThrow(() -> new BadInput("meeting.create.bad_time", Map.of("value", word)));
            rest = rest.substring(word.length()).strip();
        }
        if (rest.isEmpty()) {
            throw new BadInput("command.hop.usage");
        }
        Matcher at = AT_PLACE.matcher(rest);
        String topic = rest;
        String place = null;
        int split = -1;
        while (at.find()) {
            split = at.start();
            place = rest.substring(at.end()).strip();
        }
        if (split >= 0) {
            topic = rest.substring(0, split).strip();
        }
        return new OneOff(when.date(), time, checked(topic), place == null || place.isEmpty() ? null : checked(place));
    }

    private static String firstWord(String text) {
        return text.strip().split("\\s+", 2)[0];
    }

    static Monthly monthly(String args) {
        String text = CleanText.clean(args).strip().replaceFirst("(?iu)^(ng\u00e0y|ngay)\\s*(?=\\d)", "");
        Matcher last = LAST_DAY.matcher(text);
        int day;
        String rest;
        if (last.matches()) {
            day = Schedule.LAST_DAY;
            rest = last.group(3);
        } else {
            String[] first = text.split("\\s+", 2);
            Optional<Integer> number = dayOfMonth(first[0]);
            if (number.isEmpty() || first.length < 2) {
                throw new BadInput("meeting.series.bad_day", Map.of("value", first[0]));
            }
            day = number.get();
            rest = first[1];
        }
        String[] words = rest.strip().split("\\s+", 2);
        LocalTime time = DateInput.time(words[0])
                .orElseThrow(() -> new BadInput("meeting.create.bad_time", Map.of("value", words[0])));
        String topic = words.length > 1 ? checked(words[1].strip()) : null;
        return new Monthly(day, time, topic);
    }

    private static Optional<Integer> dayOfMonth(String word) {
        if (!word.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int day = Integer.parseInt(word);
        return day >= 1 && day <= 31 ? Optional.of(day) : Optional.empty();
    }

    /** A topic or place: cleaned of invisible formatting ({@link CleanText}), not blank, not too long. */
    private static String checked(String typed) {
        String text = CleanText.clean(typed).strip();
        if (text.isBlank() || text.length() > TOPIC_MAX) {
            throw new BadInput("meeting.create.bad_topic", Map.of("max", TOPIC_MAX));
        }
        return text;
    }
}
