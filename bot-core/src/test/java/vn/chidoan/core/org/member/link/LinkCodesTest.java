package vn.chidoan.core.org.member.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Turn;

/** A link code works once, for one account, for a while; an unknown, used or expired one is refused with what to do. */
class LinkCodesTest extends LinkingScenarioTest {

    @Test
    void anExpiredCodeIsRefusedWithWhatToDoAndLinksNothing() {
        String code = linkCode(dung);
        bot.clock().advance(AccountLinks.VALIDITY);
        Speaker onMessenger = bot.messengerUser();

        Turn refused = bot.inPrivate(onMessenger).says("/start " + code);

        assertThat(refused.templates()).containsExactly("member.link.expired");
        assertThat(refused.text()).contains("/toi", "30 phút");
        assertThat(bot.members().personOf(onMessenger.ref())).isEmpty();
    }

    @Test
    void aCodeWorksOnceAndNotForAnotherAccount() {
        String code = linkCode(dung);
        accepts(bot.messengerUser(), code);

        Speaker stranger = bot.messengerUser();
        Turn refused = bot.inPrivate(stranger).says("/start " + code);

        assertThat(refused.templates()).containsExactly("member.link.used");
        assertThat(bot.members().personOf(stranger.ref())).isEmpty();
    }

    @Test
    void aCodeAcceptedByAnotherAccountMeanwhileIsRefused() {
        String code = linkCode(dung);
        Speaker first = bot.messengerUser();
        Turn askedFirst = bot.inPrivate(first).says("/start " + code);
        accepts(bot.messengerUser(), code);

        Turn late = bot.inPrivate(first).presses(askedFirst.buttonData("lk:y:"));

        assertThat(late.templates()).containsExactly("member.link.used");
        assertThat(bot.members().personOf(first.ref())).isEmpty();
    }

    @Test
    void anUnknownCodeIsRefusedWithAnExample() {
        Turn refused = bot.inPrivate(bot.messengerUser()).says("/start LK23456789");

        assertThat(refused.templates()).containsExactly("member.link.unknown");
        assertThat(refused.text()).contains("/start LK7MNP2QXA");
    }

    @Test
    void erasingOnesDataEndsTheCode() {
        String code = linkCode(dung);
        bot.members().erase(personOf(dung));

        assertThat(bot.inPrivate(bot.messengerUser()).says("/start " + code).templates())
                .containsExactly("member.link.unknown");
    }
}
