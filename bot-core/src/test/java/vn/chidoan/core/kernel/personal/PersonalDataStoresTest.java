package vn.chidoan.core.kernel.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.TestBot;

/**
 * Erasure reaches every store twice: at once, and once nothing is on its way to the person any more;
 * then only the fact that an erasure happened remains. A merge reaches every store once.
 */
class PersonalDataStoresTest {
    static final DataSubject DUNG = new DataSubject(new PersonId("p1"),
            List.of(new UserRef(Platform.TELEGRAM, "1005")), "Phạm Thị Dung");

    final List<String> calls = new ArrayList<>();
    final MutableClock clock = new MutableClock(TestBot.START);
    MongoTemplate mongo;
    Recording outbox;
    PersonalDataStores stores;

    /** A store that records what it is asked, and may be busy or fail once. */
    class Recording implements PersonalData {
        final String name;
        boolean busy;
        boolean failOnce;

        Recording(String name) {
            this.name = name;
        }

        @Override
        public void forget(DataSubject subject) {
            calls.add(name + ".forget(" + subject.person().value() + ")");
            if (failOnce) {
                failOnce = false;
                throw new IllegalStateException("crash in " + name);
            }
        }

        @Override
        public void move(PersonId from, PersonId into) {
            calls.add(name + ".move(" + from.value() + "," + into.value() + ")");
        }

        @Override
        public boolean busyWith(DataSubject subject) {
            return busy;
        }
    }

    /** The person's own record, which comes last. */
    @Order(Ordered.LOWEST_PRECEDENCE)
    class Record extends Recording {
        Record() {
            super("record");
        }
    }

    @BeforeEach
    void stores() {
        mongo = Database.EMBEDDED.freshTemplate();
        outbox = new Recording("outbox");
        List<PersonalData> all = List.of(new Record(), outbox, new Recording("comments"));
        stores = new PersonalDataStores(mongo, clock, () -> all, PersonalProperties.defaults());
    }

    private List<Document> erasures() {
        return mongo.findAll(Document.class, ErasureRecords.COLLECTION);
    }

    @Test
    void everyStoreForgetsThePersonAndTheirOwnRecordGoesLast() {
        stores.erase(DUNG);

        assertThat(calls).containsExactly("outbox.forget(p1)", "comments.forget(p1)", "record.forget(p1)");
    }

    @Test
    void aMergeReachesEveryStoreInTheSameOrder() {
        stores.move(new PersonId("p2"), new PersonId("p1"));

        assertThat(calls).containsExactly("outbox.move(p2,p1)", "comments.move(p2,p1)", "record.move(p2,p1)");
    }

    @Test
    void theSecondPassComesAfterTheSettlingTimeAndLeavesARecordWithNothingPersonal() {
        stores.erase(DUNG);
        assertThat(erasures()).singleElement().satisfies(open -> assertThat(open.toJson()).contains("1005"));
        calls.clear();

        assertThat(stores.finishErasures()).as("too early").isZero();
        clock.advance(PersonalProperties.defaults().erasureSettle());
        assertThat(stores.finishErasures()).isEqualTo(1);

        assertThat(calls).containsExactly("outbox.forget(p1)", "comments.forget(p1)", "record.forget(p1)");
        assertThat(erasures()).singleElement().satisfies(closed -> {
            assertThat(closed.keySet()).containsExactlyInAnyOrder("_id", "at", "closedAt");
            assertThat(closed.toJson()).doesNotContain("p1", "1005", "Dung");
        });
        assertThat(stores.finishErasures()).as("closed once").isZero();
    }

    @Test
    void theSecondPassWaitsWhileAStoreIsStillBusyWithThePersonButNotForever() {
        stores.erase(DUNG);
        outbox.busy = true;
        clock.advance(Duration.ofMinutes(5));

        assertThat(stores.finishErasures()).isZero();
        clock.advance(PersonalProperties.defaults().erasureMaxWait());
        assertThat(stores.finishErasures()).as("waited long enough").isEqualTo(1);
    }

    @Test
    void anErasureACrashCutShortIsFinishedByTheSecondPass() {
        outbox.failOnce = true;
        assertThatThrownBy(() -> stores.erase(DUNG)).hasMessageContaining("crash in outbox");
        assertThat(calls).doesNotContain("record.forget(p1)");
        calls.clear();

        clock.advance(PersonalProperties.defaults().erasureSettle());
        stores.finishErasures();

        assertThat(calls).containsExactly("outbox.forget(p1)", "comments.forget(p1)", "record.forget(p1)");
        assertThat(erasures()).singleElement().satisfies(closed -> assertThat(closed).doesNotContainKey("subject"));
    }

    @Test
    void keysNameAnAccountAsAChatOrAsTheSenderOfAnEventWithoutAnIdButNotAsATelegramUpdate() {
        DataSubject both = new DataSubject(new PersonId("p1"), List.of(new UserRef(Platform.TELEGRAM, "1005"),
                new UserRef(Platform.MESSENGER, "2460001234567890")), null);

        assertThat(both.mentionedIn("telegram:1005")).isTrue();
        assertThat(both.mentionedIn("comment:5:chat:telegram:1005")).isTrue();
        assertThat(both.mentionedIn("in:messenger:postback:2460001234567890:1760000000123:2")).isTrue();
        assertThat(both.mentionedIn("in:telegram:update:1005:1")).isFalse();
        assertThat(both.mentionedIn("telegram:10050")).isFalse();
        assertThat(both.mentionedIn("telegram:-1001005")).isFalse();
        assertThat(new DataSubject(new PersonId("p9"), List.of(), null).mentionedIn("telegram:1005")).isFalse();
    }
}
