package vn.chidoan.core.kernel.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** Dialogues are persisted state machines, one per (chat, user), ended by /huy or their timeout. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class ConversationsTest {
    @Parameter
    Database db;

    TestBot bot;
    Speaker an;

    @BeforeEach
    void startBot() {
        bot = TestBot.builder(db).with(new Survey()).with(SurveyCommand.class).build();
        an = bot.user("An");
    }

    @Test
    void theDialogueTakesTheNextMessagesStepByStepThenLetsGo() {
        bot.inPrivate(an).says("/khaosat");

        assertThat(bot.inPrivate(an).says("một").text()).isEqualTo("a: một");
        assertThat(bot.inPrivate(an).says("hai").text()).isEqualTo("b: hai");
        assertThat(bot.inPrivate(an).says("ba").templates()).containsExactly("pipeline.not_understood");
    }

    @Test
    void huyCancelsTheDialogue() {
        bot.inPrivate(an).says("/khaosat");

        assertThat(bot.inPrivate(an).says("/huy").templates()).containsExactly("conversation.cancelled");
        assertThat(bot.inPrivate(an).says("một").templates()).containsExactly("pipeline.not_understood");
        assertThat(bot.inPrivate(an).says("/huy").templates()).containsExactly("conversation.nothing_to_cancel");
    }

    @Test
    void aDialogueLeftPastItsTimeoutIsStoppedAndSaysSo() {
        bot.inPrivate(an).says("/khaosat");
        bot.clock().advance(Duration.ofMinutes(11));

        Turn late = bot.inPrivate(an).says("một");

        assertThat(late.templates()).containsExactly("conversation.expired");
        assertThat(bot.conversations().active(an.ref().privateChat(), an.ref())).isEmpty();
        assertThat(bot.inPrivate(an).says("một").templates()).containsExactly("pipeline.not_understood");
    }

    @Test
    void eachAnswerRestartsTheTimeout() {
        bot.inPrivate(an).says("/khaosat");
        bot.clock().advance(Duration.ofMinutes(8));
        bot.inPrivate(an).says("một");
        bot.clock().advance(Duration.ofMinutes(8));

        assertThat(bot.inPrivate(an).says("hai").text()).isEqualTo("b: hai");
    }

    @Test
    void aDialogueBelongsToOnePersonInOneChat() {
        Speaker binh = bot.user("Bình");
        bot.inGroup("-100", an).says("/khaosat");

        assertThat(bot.inGroup("-100", binh).says("xin chào").messages()).isEmpty();
        assertThat(bot.inPrivate(an).says("xin chào").templates()).containsExactly("pipeline.not_understood");
        assertThat(bot.inGroup("-100", an).says("một").text()).isEqualTo("a: một");
    }

    @Test
    void startingAgainReplacesTheDialogue() {
        bot.inPrivate(an).says("/khaosat");
        bot.inPrivate(an).says("một");

        bot.inPrivate(an).says("/khaosat");

        assertThat(bot.inPrivate(an).says("lại").text()).isEqualTo("a: lại");
    }

    @Test
    void aReplayedAnswerDoesNotMoveTheDialogueTwice() {
        bot.inPrivate(an).says("/khaosat");
        Turn first = bot.inPrivate(an).says("một");

        assertThat(bot.replay(first).messages()).isEmpty();
        assertThat(bot.inPrivate(an).says("hai").text()).isEqualTo("b: hai");
    }

    @Test
    void inputAStepCannotUseKeepsTheDialogueWhereItWas() {
        bot.inPrivate(an).says("/khaosat");

        assertThat(bot.inPrivate(an).says("!").templates()).containsExactly("test.bad");
        assertThat(bot.inPrivate(an).says("một").text()).isEqualTo("a: một");
    }

    @Test
    void dialogueButtonsReachTheFlowAndTheCancelButtonCancels() {
        Turn started = bot.inPrivate(an).says("/khaosat");

        Turn pressed = bot.inPrivate(an).presses(started.buttonData("dlg:chon"));
        assertThat(pressed.text()).isEqualTo("a: [chon]");
        assertThat(pressed.answer()).isPresent();

        Turn cancelled = bot.inPrivate(an).presses("dlg:huy");
        assertThat(cancelled.templates()).contains("conversation.cancelled");
        assertThat(bot.inPrivate(an).presses("dlg:chon").templates()).containsExactly("pipeline.button_expired");
    }

    @Test
    void cleanupRemovesDialoguesPastTheirTimeout() {
        Speaker binh = bot.user("Bình");
        bot.inPrivate(an).says("/khaosat");
        bot.clock().advance(Duration.ofMinutes(5));
        bot.inPrivate(binh).says("/khaosat");
        bot.clock().advance(Duration.ofMinutes(6));

        assertThat(bot.conversations().purgeExpired()).isEqualTo(1);
        assertThat(bot.conversations().active(binh.ref().privateChat(), binh.ref())).contains("survey");
        assertThat(bot.mongo().getCollection("conversations").countDocuments()).isEqualTo(1);
    }

    @Test
    void aDialogueStoredBeforeStatesWereTypedEndsAsTimedOut() {
        bot.mongo().getCollection("conversations").insertOne(new Document("_id",
                an.ref().privateChat().key() + "|" + an.ref().key()).append("flow", "survey").append("step", "b")
                .append("data", new Document("first", "một")).append("active", true).append("rev", "r1")
                .append("lastEvent", "old").append("expiresAt", Date.from(TestBot.START.plus(Duration.ofMinutes(5)))));

        Turn answered = bot.inPrivate(an).says("hai");

        assertThat(answered.templates()).containsExactly("conversation.expired");
        assertThat(bot.conversations().active(an.ref().privateChat(), an.ref())).isEmpty();
    }
}
