package vn.chidoan.core.kernel.personal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.PersonId;

/**
 * Every {@link PersonalData} store at once, in their {@code @Order} (0 when they have none; the person's
 * own record comes last, so a crash leaves it to find them by): erasing a person and merging two records
 * of one person.
 * <p>
 * An erasure is multi-document and MongoDB gives no transaction across stores, so its intent is
 * recorded first ({@link ErasureRecords}, with the subject) and every store forgets. The answer to the
 * erasure, and the event that asked for it, necessarily pass through the outbox and the inbound journal
 * afterwards; the second pass ({@link #finishErasures}, run by {@link ErasureFinisher} once nothing is
 * on its way to the person) forgets again, which also finishes an erasure a crash cut short, and then
 * closes the record, so nothing about the person remains but the fact that an erasure happened.
 */
@Service
public class PersonalDataStores {
    private static final Logger log = LoggerFactory.getLogger(PersonalDataStores.class);
    private static final int BATCH = 50;

    private final Supplier<List<PersonalData>> stores;
    private final ErasureRecords records;
    private final PersonalProperties settings;
    private final Clock clock;

    /** The stores are looked up when used: some of them depend on the services that call this one. */
    @Autowired
    public PersonalDataStores(MongoTemplate mongo, Clock clock, ObjectProvider<PersonalData> stores,
            PersonalProperties settings) {
        this(mongo, clock, () -> stores.stream().toList(), settings);
    }

    public PersonalDataStores(MongoTemplate mongo, Clock clock, Supplier<List<PersonalData>> stores,
            PersonalProperties settings) {
        this.stores = () -> stores.get().stream()
                .sorted(Comparator.comparingInt(store -> OrderUtils.getOrder(store.getClass(), 0))).toList();
        this.records = new ErasureRecords(mongo);
        this.settings = settings;
        this.clock = clock;
    }

    /** Records the erasure and has every store forget the subject (the second pass follows later). */
    public void erase(DataSubject subject) {
        records.open(subject, clock.instant());
        forgetEverywhere(subject);
    }

    /** Every store moves what it keeps of {@code from} onto {@code into}. */
    public void move(PersonId from, PersonId into) {
        for (PersonalData store : stores.get()) {
            store.move(from, into);
        }
    }

    /**
     * The second pass of erasures that began at least {@code erasureSettle} ago and for which no store
     * is busy any more (or that waited {@code erasureMaxWait}): every store forgets again and the record
     * is closed. Returns how many were closed; one that fails stays open for the next run.
     */
    public int finishErasures() {
        Instant now = clock.instant();
        int closed = 0;
        for (ErasureRecords.Open open : records.openBefore(now.minus(settings.erasureSettle()), BATCH)) {
            boolean waitedEnough = !open.at().isAfter(now.minus(settings.erasureMaxWait()));
            if (!waitedEnough && stores.get().stream().anyMatch(store -> store.busyWith(open.subject()))) {
                continue;
            }
            try {
                forgetEverywhere(open.subject());
                records.close(open.id(), clock.instant());
                closed++;
            } catch (RuntimeException e) {
                log.warn("erasure {}: the second pass failed; the next run tries again", open.id(), e);
            }
        }
        return closed;
    }

    private void forgetEverywhere(DataSubject subject) {
        for (PersonalData store : stores.get()) {
            store.forget(subject);
        }
    }
}
