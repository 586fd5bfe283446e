package vn.chidoan.core.kernel.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.TestBot;

/**
 * A command or button that fails unexpectedly is still answered: the speaker gets an apology, the press its
 * answer, and the failure goes on up to be logged.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class FailuresAnsweredTest {
    @Parameter
    Database db;

    TestBot bot;

    @BeforeEach
    void startBot() {
        bot = TestBot.builder(db).with(new Failing.Command(), new Failing.Button()).build();
    }

    @Test
    void unexpectedFailureIsLoggedApologisedForAndRethrown() {
        Speaker someone = bot.user("An");

        assertThatThrownBy(() -> bot.inPrivate(someone).says("/hong")).isInstanceOf(IllegalStateException.class);

        assertThat(bot.outbox().messagesTo(someone.ref().privateChat())).extracting(RecordingOutbox.Sent::text)
                .singleElement().asString().contains("Xin lỗi");
    }

    @Test
    void failingButtonIsStillAnswered() {
        Speaker someone = bot.user("An");

        assertThatThrownBy(() -> bot.inPrivate(someone).presses("hong:1")).isInstanceOf(IllegalStateException.class);

        assertThat(bot.outbox().answers()).singleElement().extracting(RecordingOutbox.Answer::callbackId)
                .asString().startsWith("cb-");
    }
}
