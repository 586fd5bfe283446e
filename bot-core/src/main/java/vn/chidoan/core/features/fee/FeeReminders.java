package vn.chidoan.core.features.fee;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.org.reminder.Schedule;

/**
 * The fee feature's side of the scheduler. For the period running now and the next one, each open book
 * has three one-off reminders, targeted {@code <branch>:<period>}: {@value #KIND} at the branch's
 * {@code /nhacnho doanphi} offsets before the deadline, {@value #DUE_KIND} on the deadline day, and
 * {@value #SUMMARY_KIND}, the BCH's summary the day after; each goes out at {@link #AT}. Plans are made when
 * a book opens or its terms change, each time one of them fires, and for every book at start, so a period
 * is never left unplanned; a plan for a period the terms no longer have (monthly turned quarterly) is dropped.
 */
@Component
class FeeReminders {
    static final String KIND = "fee";
    static final String DUE_KIND = "fee-due";
    static final String SUMMARY_KIND = "fee-summary";
    static final Set<String> KINDS = Set.of(KIND, DUE_KIND, SUMMARY_KIND);
    static final LocalTime AT = LocalTime.of(8, 0);
    static final Duration SUMMARY_USEFUL_FOR = Duration.ofDays(7);
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(FeeReminders.class);

    private final Reminders reminders;
    private final BookStore books;
    private final Clock clock;

    FeeReminders(Reminders reminders, Books books, Clock clock) {
        this.reminders = reminders;
        this.books = books.books;
        this.clock = clock;
    }

    /** Saves the book's reminders for the period running now and the next; drops those of periods gone. */
    void plan(Book book) {
        List<Reminder> wanted = wanted(book);
        reminders.saveAll(wanted);
        Set<String> ids = wanted.stream().map(r -> r.id().value()).collect(Collectors.toSet());
        Instant now = clock.instant();
        for (Reminder stored : reminders.ofUnit(book.branch())) {
            if (KINDS.contains(stored.kind()) && !ids.contains(stored.id().value())
                    && stored.schedule() instanceof Schedule.OneOff once
                    && (once.at().isAfter(now) || once.at().isBefore(now.minus(SUMMARY_USEFUL_FOR.plusDays(1))))) {
                reminders.delete(stored.id());
            }
        }
    }

    /** Plans every open book, a batch at a time: at start, so downtime never leaves a period unplanned. */
    @EventListener(ContextRefreshedEvent.class)
    void planAll() {
        try {
            List<UnitId> branches = books.branches();
            for (int from = 0; from < branches.size(); from += BATCH) {
                List<Reminder> wanted = new ArrayList<>();
                books.findAll(branches.subList(from, Math.min(branches.size(), from + BATCH))).values()
                        .forEach(book -> wanted.addAll(wanted(book)));
                reminders.saveAll(wanted);
            }
            if (!branches.isEmpty()) {
                log.info("fees: reminders planned for {} books", branches.size());
            }
        } catch (RuntimeException e) {
            log.warn("fees: planning reminders at start failed; each book plans again when it is used", e);
        }
    }

    private List<Reminder> wanted(Book book) {
        YearMonth current = YearMonth.now(clock);
        FeePeriod now = book.terms(current).period(current);
        YearMonth after = now.last().plusMonths(1);
        List<Reminder> wanted = new ArrayList<>();
        for (FeePeriod period : List.of(now, book.terms(after).period(after))) {
            LocalDate deadline = book.terms(period.last()).deadline(period.last());
            String target = book.branch().value() + ":" + period.label();
            Instant due = ZonedDateTime.of(deadline, AT, clock.getZone()).toInstant();
            Instant summary = ZonedDateTime.of(deadline.plusDays(1), AT, clock.getZone()).toInstant();
            wanted.add(Reminder.of(KIND, target, book.branch(), new Schedule.OneOff(due)));
            wanted.add(new Reminder(DUE_KIND, target, book.branch(), new Schedule.OneOff(due), List.of(Duration.ZERO)));
            wanted.add(new Reminder(SUMMARY_KIND, target, book.branch(), new Schedule.OneOff(summary),
                    List.of(Duration.ZERO)));
        }
        return wanted;
    }
}
