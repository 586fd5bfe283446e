package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.MessageTag;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/** A sign-up in one line: the post, places, the waitlist, withdrawal and promotion, counts edited in batches. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class QuickSignUpTest {
    @Parameter
    Database db;

    FormScenario s;

    @BeforeEach
    void branch() {
        s = new FormScenario(db);
    }

    private RecordingOutbox.Sent post(long form) {
        return s.keyed("form:" + form + ":chat:").get(0);
    }

    @Test
    void theSecretaryPostsASignUpInOneLineAndTheGroupGetsTheButtonAndTheCounts() {
        Turn created = s.secretarySays("/dangky_tao Hiến máu nhân đạo | 20/03 7h30 | 30 chỗ");

        assertThat(created.templates()).contains("form.create.published");
        Form form = s.form(1);
        assertThat(form.title()).isEqualTo("Hiến máu nhân đạo");
        assertThat(form.capacity()).isEqualTo(30);
        assertThat(form.waitlist()).isTrue();
        assertThat(form.deadline()).isEqualTo(FormScenario.at(3, 20, 7, 30));
        RecordingOutbox.Sent post = post(1);
        assertThat(post.chat()).isEqualTo(s.branch.group());
        assertThat(post.text()).contains("Hiến máu nhân đạo", "07:30 20/03/2026", "0/30 đã đăng ký · 0 chờ");
        assertThat(post.buttons()).extracting(b -> b.label() + "=" + b.data()).containsExactly("Đăng ký=dk:r:1");
        assertThat(s.bot.replay(created).messages()).as("a replay posts nothing twice").isEmpty();
        assertThat(s.keyed("form:")).hasSize(1);
    }

    @Test
    void aPressTakesAPlaceAndSaysWhichAndAPrivateNoteKeepsTheWayToWithdraw() {
        s.secretarySays("/dangky_tao Hiến máu | 20/03 | 2 chỗ");

        Turn pressed = s.presses(s.lan, 1);

        assertThat(pressed.toast()).isEqualTo("Đã đăng ký «Hiến máu»: chỗ 1/2.");
        assertThat(pressed.messages()).singleElement().satisfies(note -> {
            assertThat(note.chat()).isEqualTo(s.lan.ref().privateChat());
            assertThat(note.text()).contains("Đã đăng ký", "1/2");
            assertThat(note.buttons()).extracting(b -> b.data()).containsExactly("dk:w:1");
        });
        assertThat(s.form(1).places()).containsExactly(s.person(s.lan));
        assertThat(s.signups.find(s.form(1), s.person(s.lan)).orElseThrow().status())
                .isEqualTo(Registration.Status.REGISTERED);
        Turn again = s.presses(s.lan, 1);
        assertThat(again.toast()).contains("Bạn đã đăng ký rồi (chỗ 1/2)");
        assertThat(s.form(1).places()).as("one place per member").hasSize(1);
    }

    @Test
    void whenFullTheNextJoinTheWaitlistInOrderAndAWithdrawalPromotesTheFirstWhoIsToldPrivately() {
        s.secretarySays("/dangky_tao Tập huấn | 20/03 | 1 chỗ");
        s.presses(s.lan, 1);

        Turn minhWaits = s.presses(s.minh, 1);
        Turn hoaWaits = s.presses(s.hoa, 1);

        assertThat(minhWaits.toast()).isEqualTo("Hết chỗ: bạn ở danh sách chờ, thứ tự 1.");
        assertThat(hoaWaits.toast()).isEqualTo("Hết chỗ: bạn ở danh sách chờ, thứ tự 2.");
        assertThat(s.form(1).waiting()).containsExactly(s.person(s.minh), s.person(s.hoa));

        Turn withdrawn = s.bot.inPrivate(s.lan).presses("dk:w:1");

        assertThat(withdrawn.templates()).contains("form.withdrawn");
        assertThat(s.form(1).places()).containsExactly(s.person(s.minh));
        assertThat(s.form(1).waiting()).containsExactly(s.person(s.hoa));
        RecordingOutbox.Sent told = s.keyed("form:1:promoted:").get(0);
        assertThat(told.chat()).isEqualTo(s.minh.ref().privateChat());
        assertThat(told.text()).contains("Bạn đã có chỗ", "Tập huấn", "1/1");
        assertThat(told.message().tag()).as("a confirmed event's update may pass Messenger's window")
                .isEqualTo(MessageTag.CONFIRMED_EVENT_UPDATE);
        assertThat(s.keyed("form:1:promoted:")).hasSize(1);
        assertThat(s.signups.find(s.form(1), s.person(s.minh)).orElseThrow().status())
                .isEqualTo(Registration.Status.REGISTERED);
        assertThat(s.bot.replay(withdrawn).messages()).as("a replay promotes nobody twice").isEmpty();
    }

    @Test
    void withoutAWaitlistAFullSignUpTurnsLaterPressesAway() {
        s.secretarySays("/dangky_tao Tham quan | 20/03 | 1 chỗ | không chờ");
        s.presses(s.lan, 1);

        Turn late = s.presses(s.minh, 1);

        assertThat(late.toast()).isEqualTo("Rất tiếc, đã hết 1 chỗ.");
        assertThat(s.form(1).waiting()).isEmpty();
        assertThat(s.form(1).places()).containsExactly(s.person(s.lan));
    }

    @Test
    void countsAreEditedInPlaceInBatchesNotOnEveryPress() {
        s.secretarySays("/dangky_tao Hiến máu | 20/03 | 2 chỗ");
        s.presses(s.lan, 1);
        s.presses(s.minh, 1);
        s.presses(s.hoa, 1);

        s.tick();
        assertThat(s.keyed("form:1:counts:")).as("nothing before the batch period").isEmpty();
        s.bot.clock().advance(Duration.ofSeconds(11));
        s.tick();
        s.tick();

        assertThat(s.keyed("form:1:counts:")).singleElement().satisfies(edit -> {
            assertThat(edit.message().editOf()).isEqualTo(RecordingOutbox.deliveredId(post(1).key()));
            assertThat(edit.text()).contains("2/2 đã đăng ký · 1 chờ");
        });
    }

    @Test
    void someoneOutsideTheBranchLearnsNothingAndAfterTheDeadlineNobodyRegisters() {
        s.secretarySays("/dangky_tao Hiến máu | 20/03 | 2 chỗ");
        Speaker stranger = s.bot.user("Người Lạ");

        assertThat(s.presses(stranger, 1).toast()).contains("Chỉ đoàn viên");
        assertThat(s.presses(s.lan, 99).toast()).as("a form that does not exist says the same").contains("Chỉ đoàn viên");

        s.bot.clock().set(FormScenario.at(3, 20, 17, 1));
        assertThat(s.presses(s.lan, 1).toast()).isEqualTo("Đã hết hạn đăng ký.");
        assertThat(s.bot.inPrivate(s.lan).presses("dk:w:1").text()).contains("đã hết hạn đăng ký", "17:00 20/03/2026");
        assertThat(s.form(1).places()).isEmpty();
    }

    @Test
    void aMemberCannotCreateASignUpAndABadPartIsExplainedWithAnExample() {
        Turn member = s.bot.inGroup(FormScenario.GROUP, s.lan).says("/dangky_tao Đá bóng | 20/03");
        Turn bad = s.secretarySays("/dangky_tao Đá bóng | 32/13 | 10 chỗ");
        Turn past = s.secretarySays("/dangky_tao Đá bóng | 01/03 | 10 chỗ");

        assertThat(member.templates()).doesNotContain("form.create.published");
        assertThat(bad.text()).contains("«32/13»", "/dangky_tao Hiến máu nhân đạo | 20/12 7h30 | 30 chỗ");
        assertThat(past.text()).contains("đã qua");
        assertThat(s.forms.find(1)).isEmpty();
    }

    @Test
    void onePlaceLeftTwoMembersAtOnceOneGetsIt() throws Exception {
        s.secretarySays("/dangky_tao Hiến máu | 20/03 | 1 chỗ | không chờ");
        Speaker other = Scenarios.joined(s.bot, s.branch, "Phạm Văn Nam");
        Form form = s.form(1);
        Forms.Open first = new Forms.Open(form, s.branchId());

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var a = pool.submit(() -> s.signups.submit(first, s.person(s.minh)));
        var b = pool.submit(() -> s.signups.submit(first, s.person(other)));
        Registration.Status one = a.get().standing().status();
        Registration.Status two = b.get().standing().status();
        pool.shutdown();

        assertThat(java.util.List.of(one, two)).containsExactlyInAnyOrder(Registration.Status.REGISTERED,
                Registration.Status.DRAFT);
        assertThat(s.form(1).places()).hasSize(1);
    }
}
