package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Chat;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/**
 * A member of the branch on Messenger, which has no groups: the form comes to their private chat with
 * its «Đăng ký» button, and a choice among more than Messenger's thirteen quick replies (listed numbered
 * by the adapter) is answered by typing its number.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class FillingInOnMessengerTest {
    static final List<String> CLASSES = IntStream.rangeClosed(1, 15).mapToObj(i -> "12A" + i).toList();

    @Parameter
    Database db;

    FormScenario s;
    Speaker an;

    @BeforeEach
    void aMessengerMember() {
        s = new FormScenario(db);
        an = s.bot.messengerUser();
        Scenarios.consents(s.bot, an, s.bot.inPrivate(an).opens(s.branch.joinLink()));
        s.bot.inPrivate(an).says("Nguyễn Văn An");
    }

    private Chat an() {
        return s.bot.inPrivate(an);
    }

    @Test
    void theFormComesPrivatelyAndALongChoiceIsAnsweredByTypingItsNumber() {
        Form form = s.publish(new FormSpec("Tập huấn cán bộ", "", FormScenario.at(3, 20, 17, 0), null, true,
                List.of(new Field(FieldType.CHOICE, "Lớp của bạn", true, CLASSES, null, null))));

        List<RecordingOutbox.Sent> post = s.to(an).stream().filter(m -> m.key().startsWith(form.cause() + ":chat:"))
                .toList();
        assertThat(post).singleElement().satisfies(m -> {
            assertThat(m.text()).contains("Tập huấn cán bộ");
            assertThat(m.buttons()).extracting(b -> b.data()).containsExactly("dk:r:" + form.number());
        });
        Turn asked = an().presses("dk:r:" + form.number());
        assertThat(asked.text()).contains("Câu 1/1: Lớp của bạn");
        assertThat(asked.buttons()).extracting(b -> b.label()).startsWith("12A1", "12A2");

        Turn summary = an().says("15");

        assertThat(summary.text()).contains("Xem lại đăng ký", "1. Lớp của bạn: 12A15");
        Turn sent = an().presses("dlg:send");
        assertThat(sent.text()).contains("Đã đăng ký");
        assertThat(s.signups.find(s.form(form.number()), s.person(an)).orElseThrow().answers())
                .containsExactly("14");
    }
}
