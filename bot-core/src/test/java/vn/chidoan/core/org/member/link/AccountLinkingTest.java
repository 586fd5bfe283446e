package vn.chidoan.core.org.member.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/**
 * One person, one record: a member links their Telegram and Messenger accounts with the one-time code
 * {@code /toi} shows. Opening the code only asks; the account joins when its owner accepts.
 */
class AccountLinkingTest extends LinkingScenarioTest {

    @Test
    void openingALinkCodeOnlyAsksNamingTheProfileItWouldJoin() {
        Speaker onMessenger = bot.messengerUser();

        Turn asked = bot.inPrivate(onMessenger).opens(FakeDeepLinks.MESSENGER_PREFIX + linkCode(dung));

        assertThat(asked.templates()).contains("member.link.ask").doesNotContain("member.consent.ask",
                "member.link.done");
        assertThat(asked.text()).contains("Phạm Thị Dung", "Chi đoàn 12A1", "Telegram",
                "Chỉ bấm Đồng ý nếu đó chính là bạn");
        assertThat(bot.members().personOf(onMessenger.ref())).as("nothing linked by opening").isEmpty();
        assertThat(bot.members().accountsOf(personOf(dung))).containsExactly(dung.ref());
    }

    @Test
    void aMemberLinksTheirMessengerAccountWhenTheyAcceptAndIsNotAskedForConsentAgain() {
        Speaker onMessenger = bot.messengerUser();

        Turn linked = accepts(onMessenger, linkCode(dung));

        assertThat(linked.templates()).contains("member.link.done").doesNotContain("member.consent.ask");
        assertThat(personOf(onMessenger)).isEqualTo(personOf(dung));
        assertThat(bot.members().accountsOf(personOf(dung))).containsExactlyInAnyOrder(dung.ref(), onMessenger.ref());
        assertThat(bot.inPrivate(onMessenger).says("/toi").text()).contains("Phạm Thị Dung", "Chi đoàn 12A1",
                "Đã liên kết: tài khoản Telegram").doesNotContain("/start LK");
    }

    @Test
    void decliningLinksNothing() {
        Speaker onMessenger = bot.messengerUser();
        Turn asked = bot.inPrivate(onMessenger).says("/start " + linkCode(dung));

        Turn declined = bot.inPrivate(onMessenger).presses(asked.buttonData("lk:n"));

        assertThat(declined.templates()).containsExactly("member.link.declined");
        assertThat(bot.members().personOf(onMessenger.ref())).isEmpty();
    }

    @Test
    void aPersonKeepsOneAccountPerPlatform() {
        Speaker onMessenger = bot.messengerUser();
        accepts(onMessenger, linkCode(dung));
        Speaker lan = Scenarios.joined(bot, branch, "Trần Thị Lan");

        Turn refused = bot.inPrivate(onMessenger).says("/start " + linkCode(lan));

        assertThat(refused.templates()).containsExactly("member.link.platform_taken");
        assertThat(refused.text()).contains("Telegram");
        assertThat(personOf(onMessenger)).isEqualTo(personOf(dung));
        assertThat(bot.inPrivate(dung).says("/toi").templates()).doesNotContain("member.link.offer");
    }

    @Test
    void acceptingAgainSaysAndChangesNothingMore() {
        Speaker onMessenger = bot.messengerUser();
        Turn linked = accepts(onMessenger, linkCode(dung));

        Turn again = bot.replay(linked);

        assertThat(again.messages()).isEmpty();
        assertThat(personOf(onMessenger)).isEqualTo(personOf(dung));
    }

    @Test
    void theOtherPlatformIsAPrivateRouteForThePerson() {
        Speaker onMessenger = bot.messengerUser();
        accepts(onMessenger, linkCode(dung));
        MemberRoutes routes = new MemberRoutes(bot.members());

        assertThat(routes.alternativesTo(onMessenger.ref().privateChat())).containsExactly(dung.ref().privateChat());
        assertThat(routes.alternativesTo(dung.ref().privateChat())).containsExactly(onMessenger.ref().privateChat());
        assertThat(routes.alternativesTo(new ChatRef(onMessenger.ref().platform(), "nobody"))).isEmpty();
    }
}
