package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.testing.Turn;

/**
 * What changes while a member fills in is checked at each answer: past the deadline, or removed from the
 * branch, the next answer is refused, nothing is stored and the dialogue ends.
 */
class AnswersRefusedMidwayTest extends DonationFormScenarioTest {
    @Test
    void afterTheDeadlineTheNextAnswerIsRefusedAndTheDialogueEnds() {
        Form soon = s.publish(new FormSpec("Tập huấn", null, FormScenario.at(3, 2, 12, 0), null, false, FIELDS));
        s.presses(s.lan, soon.number());
        s.bot.clock().set(FormScenario.at(3, 2, 12, 5));

        Turn late = lan().says("0912345678");

        assertThat(late.text()).contains("đã hết hạn đăng ký lúc 12:00 02/03/2026");
        assertThat(s.signups.find(soon, s.person(s.lan)).orElseThrow().answer(0)).isNull();
        assertThat(s.bot.conversations().active(s.lan.ref().privateChat(), s.lan.ref())).isEmpty();
    }

    @Test
    void aMemberRemovedFromTheBranchMeanwhileHasTheNextAnswerRefusedAndNothingStored() {
        s.presses(s.lan, form.number());
        s.bot.members().remove(s.person(s.lan), s.branchId());

        Turn refused = lan().says("0912345678");

        assertThat(refused.templates()).contains("conversation.no_longer_allowed");
        assertThat(s.signups.find(s.form(form.number()), s.person(s.lan)).map(r -> r.answer(0))).isNotEqualTo(
                java.util.Optional.of("+84912345678"));
        assertThat(s.bot.conversations().active(s.lan.ref().privateChat(), s.lan.ref())).isEmpty();
    }
}
