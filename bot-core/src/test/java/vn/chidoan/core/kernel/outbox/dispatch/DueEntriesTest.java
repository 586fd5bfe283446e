package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.Candidate;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * A lane's due entries between its pick and the claim: a scan of the database still reads a picked entry
 * as waiting, at the revision it was picked at, and must not offer it again (its second claim would fail
 * after taking a sending thread and a place in the bot's shared pace); a later revision of it (a retry)
 * and an entry put back unstarted are due as usual.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class DueEntriesTest {

    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);

    @Test
    void aScanOfAPickedEntryAtItsRevisionOffersNothingButALaterRevisionOrAPutBackIsDue() {
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults());
        fx.outbox.enqueue("notice:1:chat:telegram:-1", telegram("-1"), text("n"), Priority.BULK);
        DueEntries due = new DueEntries(Platform.TELEGRAM, fx.store, OutboxProperties.defaults(), (k, r, e, t) -> {
        });
        Instant now = clock.instant();
        due.refresh(now);
        Candidate picked = due.poll(now, candidate -> true);
        assertThat(picked).isNotNull();

        due.rescan();
        due.refresh(now);
        assertThat(due.poll(now, candidate -> true)).as("the scan's view of the picked entry").isNull();

        due.putBack(picked);
        assertThat(due.poll(now, candidate -> true)).as("put back unstarted").isEqualTo(picked);

        Candidate retry = picked.after(picked.rev() + 2, picked.chat(), now);
        due.offer(retry);
        assertThat(due.poll(now, candidate -> true)).as("a retry at a later revision").isEqualTo(retry);
    }
}
