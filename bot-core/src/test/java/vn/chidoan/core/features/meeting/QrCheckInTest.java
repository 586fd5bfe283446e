package vn.chidoan.core.features.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.features.meeting.checkin.Attendance;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.QrImages;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/** /diemdanh_qr: the code opens the private chat and checks in; it rotates, and an old code is refused. */
class QrCheckInTest extends MeetingScenarioTest {
    Meeting meeting;

    @BeforeEach
    void checkInOpen() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 02/03 19h30 Sinh hoạt tháng 3");
        meeting = s.onlyMeeting();
        s.setTime(3, 2, 19, 10);
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/diemdanh_qr");
    }

    @Test
    void scanningTheCodeChecksTheMemberInOnce() {
        String link = decoded(codes().get(0));
        assertThat(link).startsWith(FakeDeepLinks.PREFIX + "dd_");

        Turn scanned = s.bot.inPrivate(s.dung).opens(link);
        assertThat(scanned.templates()).containsExactly("meeting.checkin.done_present");
        assertThat(s.bot.inPrivate(s.dung).opens(link).templates()).containsExactly("meeting.checkin.done_already");
        assertThat(s.checkIns.of(meeting)).singleElement().satisfies(a -> {
            assertThat(a.person()).isEqualTo(s.person(s.dung));
            assertThat(a.how()).isEqualTo("qr");
        });
    }

    @Test
    void theCodeRotatesAndAPhotoOfAnOldOneStopsWorking() {
        String first = decoded(codes().get(0));
        s.tick();
        assertThat(codes()).as("not yet time to rotate").hasSize(1);

        s.bot.clock().advance(Duration.ofSeconds(61));
        s.tick();
        s.tick();
        assertThat(codes()).hasSize(2);
        String second = decoded(codes().get(1));
        assertThat(second).isNotEqualTo(first);

        s.bot.clock().advance(Duration.ofSeconds(60));
        assertThat(s.bot.inPrivate(s.giang).opens(first).templates()).containsExactly("meeting.qr.expired");
        assertThat(s.bot.inPrivate(s.giang).opens(second).templates()).containsExactly("meeting.checkin.done_present");
        assertThat(s.checkIns.of(meeting)).extracting(Attendance::person).containsExactly(s.person(s.giang));
    }

    @Test
    void theCodeIsOneImageChangedInPlaceNotAPhotoAMinute() {
        for (int minute = 0; minute < 10; minute++) {
            s.bot.clock().advance(Duration.ofSeconds(61));
            s.tick();
        }

        List<RecordingOutbox.Sent> shown = codes();
        assertThat(shown).hasSize(11);
        assertThat(shown).filteredOn(m -> m.message().editOf() == null).as("one photo posted in the group")
                .singleElement().isSameAs(shown.get(0));
        assertThat(shown.subList(1, shown.size())).allSatisfy(edit -> {
            assertThat(edit.message().editOf()).isEqualTo(RecordingOutbox.deliveredId(shown.get(0).key()));
            assertThat(edit.chat()).isEqualTo(s.group());
        });
        assertThat(shown.stream().map(QrCheckInTest::decoded).distinct()).as("each rotation a new code").hasSize(11);
        assertThat(s.bot.inPrivate(s.dung).opens(decoded(shown.get(10))).templates())
                .containsExactly("meeting.checkin.done_present");
    }

    @Test
    void onMessengerWhereAnImageCannotBeChangedTheCodeGoesOnceToWhoeverAsks() {
        String code = (String) s.bot.inPrivate(s.officer).says("/chidoan_them Chi đoàn Thôn Đông")
                .value("org.branch.created", "code");
        Speaker secretary = s.bot.messengerUser();
        Scenarios.consents(s.bot, secretary, s.bot.inPrivate(secretary).says("/start " + code));
        s.bot.inPrivate(secretary).says("Lê Văn Cường");
        s.bot.inPrivate(secretary).says("/hop hôm nay 19h30 Sinh hoạt Thôn Đông");

        Turn asked = s.bot.inPrivate(secretary).says("/diemdanh_qr");
        s.bot.clock().advance(Duration.ofSeconds(61));
        s.tick();
        Turn again = s.bot.inPrivate(secretary).says("/diemdanh_qr");

        for (Turn turn : List.of(asked, again)) {
            assertThat(turn.messages()).singleElement().satisfies(image -> {
                assertThat(image.chat()).isEqualTo(secretary.ref().privateChat());
                assertThat(decoded(image)).startsWith(FakeDeepLinks.MESSENGER_PREFIX + "dd_");
                assertThat(image.text()).contains("gõ lại /diemdanh_qr");
            });
        }
        assertThat(decoded(again.messages().get(0))).isNotEqualTo(decoded(asked.messages().get(0)));
        assertThat(s.bot.outbox().messagesTo(secretary.ref().privateChat()))
                .as("nothing rotates on Messenger").filteredOn(m -> m.message().attachment() != null).hasSize(2);
    }

    @Test
    void someoneOutsideTheBranchIsRefusedAfterConsenting() {
        Speaker outsider = s.bot.user("Người Lạ");

        Turn asked = s.bot.inPrivate(outsider).opens(decoded(codes().get(0)));
        Turn answered = Scenarios.consents(s.bot, outsider, asked);

        assertThat(answered.templates()).contains("meeting.checkin.done_not_member");
        assertThat(s.checkIns.of(meeting)).isEmpty();
    }

    @Test
    void rotationStopsWhenCheckInCloses() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/diemdanh_dong");
        s.bot.clock().advance(Duration.ofSeconds(75));
        s.tick();

        assertThat(codes()).hasSize(1);
        assertThat(s.bot.inPrivate(s.dung).opens(decoded(codes().get(0))).templates())
                .containsExactly("meeting.checkin.done_outside");
    }

    private List<RecordingOutbox.Sent> codes() {
        return s.keyed("meeting:" + meeting.id() + ":qr:");
    }

    private static String decoded(RecordingOutbox.Sent sent) {
        Attachment image = sent.message().attachment();
        assertThat(image.kind()).isEqualTo(Attachment.Kind.PHOTO);
        try {
            return QrImages.read(image.content());
        } catch (Exception e) {
            throw new AssertionError("not a readable QR code", e);
        }
    }
}
