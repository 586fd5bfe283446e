package vn.chidoan.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.chidoan.app.fuzz.Inputs.Input;

/**
 * Whatever people and platforms send, nothing breaks: batches of {@value #BATCH} generated inputs
 * ({@link Inputs}: commands and arguments good and bad, unknown commands, Vietnamese with and without
 * diacritics, emoji, 10,000-character texts, control and bidi characters, forged and stale button data,
 * fields missing or of the wrong type, duplicates, updates out of order) go through the real webhooks,
 * decoders and pipeline of both platforms. After each batch: no webhook answered 5xx, every stored event
 * was handled (no lane stuck), an ordinary {@code /trogiup} on each platform is still answered, nothing
 * was logged at ERROR, and the stored documents are consistent ({@link Consistency}). The normal build
 * sends {@value #TRIES} batches; the benchmark {@code …AtLength} sends {@value #LONG_TRIES}
 * (docs/BENCHMARKS.md). The seed of each run is printed ({@code FUZZ …}); {@code -Dfuzz.seed} replays it.
 * Shrinking is off (the app's state is not reset between tries, so a smaller sample would not fail
 * the same way) and so are jqwik's edge cases (the same bounds again and again: most updates would be
 * replays of one another, most bodies empty); the generators put the edges in themselves.
 */
@AddLifecycleHook(FuzzSettings.class)
class ChatFuzzTest {
    static final int BATCH = 25;
    static final int TRIES = 20;
    static final int LONG_TRIES = 420;
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final AtomicLong ORDINARY = new AtomicLong(2_100_000_000L);
    private static FuzzApp app;

    @BeforeContainer
    static void start() throws Exception {
        app = new FuzzApp();
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            System.out.printf("FUZZ %d inputs sent in all; %s%n", app.inputs(), app.summary());
            app.close();
        }
    }

    @Provide
    Arbitrary<List<Input>> batches() {
        return Inputs.any().list().ofSize(BATCH);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void whateverIsSentNothingBreaks(@ForAll("batches") List<Input> batch) throws Exception {
        sendAndCheck(batch);
    }

    @Property(tries = LONG_TRIES, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    @Tag("benchmark")
    void whateverIsSentNothingBreaksAtLength(@ForAll("batches") List<Input> batch) throws Exception {
        sendAndCheck(batch);
    }

    private static void sendAndCheck(List<Input> batch) throws Exception {
        int mark = app.errors.mark();
        java.time.Instant started = java.time.Instant.now().minusSeconds(1);
        for (Input input : batch) {
            assertThat(app.send(input)).as("the webhook's answer to %s", input).isLessThan(500);
        }
        assertThat(app.settled(PATIENCE)).as("every stored event handled: no lane stuck").isTrue();

        long update = ORDINARY.incrementAndGet();
        long person = World.TELEGRAM_PEOPLE.get((int) (update % World.TELEGRAM_PEOPLE.size()));
        String psid = World.MESSENGER_PEOPLE.get((int) (update % World.MESSENGER_PEOPLE.size()));
        assertThat(app.send(Input.telegram(Ordinary.telegram(update, person)))).isEqualTo(200);
        assertThat(app.send(Input.messenger(Ordinary.messenger(update, psid)))).isEqualTo(200);
        assertThat(app.answered("telegram:update:" + update, PATIENCE)).as("/trogiup answered on Telegram").isTrue();
        assertThat(app.answered("messenger:mid:ordinary." + update, PATIENCE)).as("/trogiup answered on Messenger")
                .isTrue();

        assertThat(app.settled(PATIENCE)).isTrue();
        assertThat(app.errors.since(mark)).as("errors logged").isEmpty();
        assertThat(Consistency.problems(app.context, started)).as("inconsistent documents").isEmpty();
    }

    /** An ordinary {@code /trogiup} in a private chat, well formed. */
    static final class Ordinary {
        static String telegram(long update, long person) {
            return "{\"update_id\":" + update + ",\"message\":{\"message_id\":1,\"date\":1760000000,\"from\":{\"id\":"
                    + person + ",\"is_bot\":false,\"first_name\":\"Lan\"},\"chat\":{\"id\":" + person
                    + ",\"type\":\"private\"},\"text\":\"/trogiup\",\"entities\":[{\"type\":\"bot_command\","
                    + "\"offset\":0,\"length\":8}]}}";
        }

        static String messenger(long update, String psid) {
            return "{\"object\":\"page\",\"entry\":[{\"id\":\"" + World.PAGE_ID + "\",\"time\":" + update
                    + ",\"messaging\":[{\"sender\":{\"id\":\"" + psid + "\"},\"recipient\":{\"id\":\"" + World.PAGE_ID
                    + "\"},\"timestamp\":" + update + ",\"message\":{\"mid\":\"ordinary." + update
                    + "\",\"text\":\"/trogiup\"}}]}]}";
        }
    }
}
