package vn.chidoan.core.features.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.inbound.StoredEvents;
import vn.chidoan.core.kernel.outbox.OutboxEvents;
import vn.chidoan.core.kernel.pipeline.InboundHandler;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;

/**
 * A Telegram {@code poll_answer} can come before the bot has recorded which Telegram poll is which
 * (the record follows the API's answer to {@code sendPoll}): the answer is then tried again a moment
 * later, through the inbound attempts as a platform's event takes them, and counted once the record is
 * there; one for a poll that never becomes known ends FAILED with its reason and holds nothing up.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class AnswersBeforeThePollIsKnownTest {
    private static final Duration SECONDS = Duration.ofSeconds(5);

    @Parameter
    Database db;

    TestBot bot;
    Scenarios.Branch branch;
    Speaker lan;
    StoredEvents inbound;
    int toldBefore;
    final AtomicInteger attempts = new AtomicInteger();
    volatile Runnable afterFirstAttempt = () -> { };

    @BeforeEach
    void branchWithAPoll() {
        bot = TestBot.on(db);
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        lan = Scenarios.joined(bot, branch, "Nguyễn Thị Lan");
        bot.inGroup("-100", branch.secretary()).says("/binhchon Đi tình nguyện ngày nào? | Thứ 7 | Chủ nhật");
        toldBefore = bot.outbox().messagesTo(lan.ref().privateChat()).size();
        InboundHandler router = bot.router();
        inbound = new StoredEvents(bot.mongo(), bot.clock(), new InboundHandler() {
            @Override
            public void handle(String eventKey, Inbound event) {
                router.handle(eventKey, event);
            }

            @Override
            public void handleAll(String key, List<Inbound> events, Instant receivedAt) {
                try {
                    router.handleAll(key, events, receivedAt);
                } finally {
                    if (attempts.incrementAndGet() == 1) {
                        afterFirstAttempt.run();
                    }
                }
            }
        });
    }

    @AfterEach
    void stop() {
        if (inbound != null) {
            inbound.close();
        }
    }

    /** The outbox records the delivery of poll 1's native poll, which Telegram calls {@code ref}. */
    private void delivered(String ref) {
        RecordingOutbox.Sent poll = bot.outbox().messages().stream().filter(m -> m.key().startsWith("poll:1:chat:"))
                .findFirst().orElseThrow();
        bot.publish(new OutboxEvents.PollDelivered(poll.key(), poll.chat(), "900", ref));
    }

    private void answers(String key, Speaker who, String ref, Integer... options) {
        inbound.accept(key, new Inbound.PollAnswered(who.ref().privateChat(), who, ref, List.of(options)));
    }

    private List<Long> tally() {
        Polls polls = bot.bean(Polls.class);
        return polls.tally(polls.find(1).orElseThrow());
    }

    @Test
    void anAnswerThatCameBeforeTheDeliveryWasRecordedIsCountedOnceTheRecordIsThere() {
        afterFirstAttempt = () -> delivered("5001");

        answers("telegram:update:1", lan, "5001", 1);

        await().atMost(SECONDS).until(() -> "DONE".equals(inbound.status("telegram:update:1")));
        assertThat(tally()).containsExactly(0L, 1L);
        assertThat(inbound.attempts("telegram:update:1")).isEqualTo(2);
        assertThat(inbound.lastError("telegram:update:1")).contains("5001");
        assertThat(nothingWasSaidTo(lan)).isTrue();
    }

    @Test
    void anAnswerToAPollThatNeverBecomesKnownEndsFailedWithItsReasonAndHoldsNothingUp() {
        answers("telegram:update:1", lan, "7777", 0);
        await().atMost(SECONDS).until(() -> "FAILED".equals(inbound.status("telegram:update:1")));
        delivered("5001");

        answers("telegram:update:2", lan, "5001", 0);

        await().atMost(SECONDS).until(() -> "DONE".equals(inbound.status("telegram:update:2")));
        assertThat(inbound.lastError("telegram:update:1")).contains("7777", "not known");
        assertThat(inbound.attempts("telegram:update:1")).isEqualTo(3);
        assertThat(tally()).containsExactly(1L, 0L);
        assertThat(nothingWasSaidTo(lan)).isTrue();
    }

    /** Whether the voter was told nothing since the poll was asked (no apology for a retried answer). */
    private boolean nothingWasSaidTo(Speaker voter) {
        return bot.outbox().messagesTo(voter.ref().privateChat()).size() == toldBefore
                && bot.texts().rendered().stream().noneMatch(r -> r.key().equals("pipeline.error"));
    }
}
