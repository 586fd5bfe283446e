package vn.chidoan.core.kernel.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.outbox.chats.TestOutboxChats;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** On Messenger, choices listed as numbers are answered by typing the number. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class TypedChoicesTest {
    @Parameter
    Database db;

    final List<String> picked = new ArrayList<>();
    final List<String> heard = new ArrayList<>();
    TestBot bot;

    /** "menu N" answers with N choices; labels of "long menu N" do not fit a quick reply. */
    @BeforeEach
    void startBot() {
        MessageListener menu = ctx -> {
            String text = ctx.message().text();
            if (!text.matches("(long )?menu \\d+")) {
                return heard.add(text);
            }
            String label = text.startsWith("long") ? "Một lựa chọn có nhãn rất dài" : "Chọn";
            ctx.replies().send(OutgoingMessage.text(RichText.plain("Bạn chọn gì?")).withButtons(List.of(
                    choices(Integer.parseInt(text.replaceAll("\\D", "")), label))));
            return true;
        };
        ButtonAction pick = new ButtonAction() {
            @Override
            public String prefix() {
                return "pick";
            }

            @Override
            public Role minRole() {
                return Role.GUEST;
            }

            @Override
            public void handle(ButtonContext ctx) {
                picked.add(ctx.args());
            }
        };
        bot = TestBot.builder(db).with(menu, pick).build();
    }

    private static List<Button> choices(int count, String label) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> Button.action(label + " " + i, "pick:" + i)).toList();
    }

    @Test
    void typingTheNumberOfAListedChoicePressesItsButton() {
        Speaker member = bot.messengerUser();
        bot.inPrivate(member).says("menu 14");

        Turn typed = bot.inPrivate(member).says("14");

        assertThat(picked).containsExactly("14");
        assertThat(typed.answer()).hasValueSatisfying(a -> assertThat(a.callbackId()).startsWith("typed:"));
        assertThat(heard).isEmpty();
    }

    @Test
    void choicesWithLabelsTooLongForQuickRepliesAreTypedToo() {
        Speaker member = bot.messengerUser();
        bot.inPrivate(member).says("long menu 4");

        bot.inPrivate(member).says(" 2 ");

        assertThat(picked).containsExactly("2");
    }

    @Test
    void aNumberIsJustTextWhereTheChoicesWereButtonsOrTheListIsShorter() {
        Speaker member = bot.messengerUser();
        bot.inPrivate(member).says("menu 13");
        bot.inPrivate(member).says("2");
        bot.inPrivate(member).says("menu 14");
        bot.inPrivate(member).says("15");
        Speaker onTelegram = bot.user("An");
        bot.inPrivate(onTelegram).says("menu 14");
        bot.inPrivate(onTelegram).says("3");

        assertThat(picked).isEmpty();
        assertThat(heard).containsExactly("2", "15", "3");
    }

    @Test
    void theOutboxRemembersTheLastDeliveredMessagesChoices() {
        Speaker member = bot.messengerUser();
        OutgoingMessage listed = OutgoingMessage.text(RichText.plain("Bạn chọn gì?"))
                .withButtons(List.of(choices(14, "Chọn")));
        OutgoingMessage plain = OutgoingMessage.text(RichText.plain("Cảm ơn"));
        MutableClock clock = new MutableClock(TestBot.START);
        var chat = member.ref().privateChat();
        Inbound.MessageReceived seven = new Inbound.MessageReceived(chat, ChatKind.PRIVATE, member, "7", null, "m1",
                false, null, null);

        var afterList = new OutboxTypedChoices(TestOutboxChats.withDelivered(db.freshTemplate(), clock, chat, listed));
        var afterThanks = new OutboxTypedChoices(TestOutboxChats.withDelivered(db.freshTemplate(), clock, chat, listed,
                plain));

        assertThat(afterList.pressed("ev", seven)).hasValueSatisfying(press -> assertThat(press.data())
                .isEqualTo("pick:7"));
        assertThat(afterThanks.pressed("ev", seven)).isEmpty();
    }
}
