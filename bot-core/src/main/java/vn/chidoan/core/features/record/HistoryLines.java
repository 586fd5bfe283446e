package vn.chidoan.core.features.record;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * A member's history as people read it ({@code record.history.line}): the day, what happened
 * ({@code record.history.<operation>}, with the status, grade, fields or other branch it names), who
 * decided and the note.
 */
@Component
public class HistoryLines {
    private final Members members;
    private final Organisation org;
    private final Clock clock;

    HistoryLines(Members members, Organisation org, Clock clock) {
        this.members = members;
        this.org = org;
        this.clock = clock;
    }

    /** Puts the entries in a template's model as {@code history}, unless there are none. */
    public void put(Map<String, Object> model, List<HistoryEntry> entries, Replies replies) {
        if (!entries.isEmpty()) {
            model.put("history", render(entries, replies));
        }
    }

    /** The entries, one per line, newest first as given. */
    public String render(List<HistoryEntry> entries, Replies replies) {
        Map<PersonId, String> deciders = names(entries.stream().map(HistoryEntry::by).filter(Objects::nonNull)
                .distinct().toList());
        List<String> lines = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            Map<String, Object> model = new HashMap<>();
            model.put("date", Formats.date(entry.day() != null ? entry.day()
                    : entry.at().atZone(clock.getZone()).toLocalDate()));
            model.put("what", replies.render("record.history." + entry.operation().key(), what(entry, replies))
                    .markup());
            if (entry.by() != null && deciders.containsKey(entry.by())) {
                model.put("by", deciders.get(entry.by()));
            }
            if (entry.note() != null) {
                model.put("note", entry.note());
            }
            lines.add(replies.render("record.history.line", model).markup());
        }
        return String.join("\n", lines);
    }

    private Map<String, Object> what(HistoryEntry entry, Replies replies) {
        Map<String, Object> model = new HashMap<>();
        if (entry.other() != null) {
            model.put("other", org.unit(entry.other()).map(Unit::name).orElse("?"));
        }
        String detail = entry.detail();
        if (detail != null && !detail.isBlank()) {
            model.put("detail", switch (entry.operation()) {
                case STATUS, REMOVED, MATURED, REJOINED -> replies.label("record.status." + detail);
                case CLASSIFIED -> replies.label("record.grade." + detail);
                case UPDATED, IMPORTED, CLAIMED -> Arrays.stream(detail.split(","))
                        .map(field -> replies.label("record.field." + field)).collect(Collectors.joining(", "));
                default -> detail;
            });
        }
        return model;
    }

    private Map<PersonId, String> names(Collection<PersonId> people) {
        Map<PersonId, String> names = new HashMap<>();
        for (PersonId person : people) {
            members.person(person).map(Person::name).ifPresent(name -> names.put(person, name));
        }
        return names;
    }
}
