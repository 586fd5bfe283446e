package vn.chidoan.core.features.form;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.activity.ActivityFigures;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;

/**
 * Registrations' figures ({@code registration}) over a period, counted from the forms posted in it: per
 * branch, how many forms reached it ({@code registration.forms}) and how many registrations its members
 * sent that stand (a place or the waitlist, {@code registration.registered}); per member, how many of
 * those forms they registered for.
 */
@Component
class FormFigures implements ActivityFigures {
    static final String FORMS = "registration.forms";
    static final String REGISTERED = "registration.registered";

    private final Forms forms;
    private final Clock clock;

    FormFigures(Forms forms, Clock clock) {
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return "registration";
    }

    @Override
    public Map<UnitId, List<Figure>> branches(Collection<UnitId> branches, DatePeriod period) {
        List<Form> posted = posted(branches, period);
        Map<UnitId, Long> reached = new HashMap<>();
        Map<UnitId, Long> standing = new HashMap<>();
        for (Form form : posted) {
            form.branches().stream().filter(branches::contains).forEach(b -> reached.merge(b, 1L, Long::sum));
        }
        for (Registration registration : standingIn(posted)) {
            standing.merge(registration.branch(), 1L, Long::sum);
        }
        Map<UnitId, List<Figure>> figures = new LinkedHashMap<>();
        for (UnitId branch : branches) {
            figures.put(branch, List.of(Figure.count(FORMS, reached.getOrDefault(branch, 0L)),
                    Figure.count(REGISTERED, standing.getOrDefault(branch, 0L))));
        }
        return figures;
    }

    @Override
    public Map<PersonId, List<Figure>> members(UnitId branch, DatePeriod period) {
        Map<PersonId, Long> registered = new LinkedHashMap<>();
        for (Registration registration : standingIn(posted(List.of(branch), period))) {
            if (registration.branch().equals(branch)) {
                registered.merge(registration.person(), 1L, Long::sum);
            }
        }
        Map<PersonId, List<Figure>> figures = new LinkedHashMap<>();
        registered.forEach((person, count) -> figures.put(person, List.of(Figure.count(REGISTERED, count))));
        return figures;
    }

    private List<Form> posted(Collection<UnitId> branches, DatePeriod period) {
        return forms.store().createdBetween(branches, start(period.from()), start(period.until()));
    }

    private List<Registration> standingIn(List<Form> posted) {
        return posted.stream().flatMap(form -> forms.registrations().ofForm(form.number()).stream())
                .filter(Registration::standing).toList();
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
