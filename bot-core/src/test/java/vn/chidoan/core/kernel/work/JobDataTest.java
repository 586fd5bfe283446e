package vn.chidoan.core.kernel.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * An erased person's jobs go, whichever parameter names them (the chat the answer goes to, a key
 * derived from their Messenger event); other people's stay. A job of theirs running now keeps the
 * erasure's second pass waiting.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class JobDataTest {
    static final DataSubject DUNG = new DataSubject(new PersonId("p1"), List.of(new UserRef(Platform.TELEGRAM,
            "1005"), new UserRef(Platform.MESSENGER, "77001")), "Phạm Thị Dung");

    @Parameter
    Database db;

    MongoTemplate mongo;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00Z"));
    JobStore store;
    JobData data;

    @BeforeEach
    void stores() {
        mongo = db.freshTemplate();
        store = new JobStore(mongo);
        data = new JobData(mongo, clock);
    }

    @Test
    void anErasedPersonsJobsGoWhicheverParameterNamesThemAndOthersStay() {
        store.create("baocao:telegram:update:41", "report", Map.of("chat", "telegram:1005", "lang", "vi"), clock.instant());
        store.create("in:messenger:message:77001:1760000000123:results", "results", Map.of("post", "7",
                "key", "in:messenger:message:77001:1760000000123:results", "chat", "messenger:77001"), clock.instant());
        store.create("baocao:telegram:update:42", "report", Map.of("chat", "telegram:10050", "lang", "vi"),
                clock.instant());

        data.forget(DUNG);

        assertThat(ids()).as("an account that only starts like theirs is someone else's")
                .containsExactly("baocao:telegram:update:42");
    }

    @Test
    void aJobOfTheirsRunningNowKeepsTheErasureWaitingUntilItEnds() {
        store.create("baocao:telegram:update:43", "report", Map.of("chat", "telegram:1005"), clock.instant());
        assertThat(data.busyWith(DUNG)).as("recorded, not running").isFalse();

        store.claim("baocao:telegram:update:43", "node-a", clock.instant(), clock.instant().plusSeconds(600));
        assertThat(data.busyWith(DUNG)).isTrue();

        store.finish("baocao:telegram:update:43", "node-a", clock.instant(), null);
        assertThat(data.busyWith(DUNG)).isFalse();
    }

    private List<String> ids() {
        return mongo.getCollection(JobStore.COLLECTION).find().map(d -> d.getString("_id")).into(new ArrayList<>());
    }
}
