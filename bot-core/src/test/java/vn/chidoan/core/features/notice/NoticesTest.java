package vn.chidoan.core.features.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Turn;

/** Sending a notice: to the whole subtree or to the sub-units picked, with its options, and who may send. */
class NoticesTest extends NoticeScenarioTest {
    @Test
    void theProvinceSendsToEveryBranchOfItsSubtreeWithTheAcknowledgeButton() {
        Turn options = s.bot.inPrivate(s.province).says("/thongbao Đề nghị các chi đoàn báo cáo trước 25/3.");

        assertThat(options.text()).contains("Thông báo sắp gửi", "mọi chi đoàn của Tỉnh đoàn Hà Nam", "(3 chi đoàn)",
                "Đề nghị các chi đoàn báo cáo trước 25/3.");
        assertThat(s.bot.outbox().keys()).noneMatch(key -> key.startsWith("notice:"));

        Turn sent = s.bot.inPrivate(s.province).presses(options.buttonData("dlg:send"));

        for (var branch : List.of(s.a1, s.a2, s.b1)) {
            assertThat(s.notice(1, branch.group())).as(branch.name()).singleElement().satisfies(m -> {
                assertThat(m.text()).contains("THÔNG BÁO #1", "Tỉnh đoàn Hà Nam", "báo cáo trước 25/3");
                assertThat(m.buttons()).extracting(b -> b.data()).containsExactly("tb:a:1");
                assertThat(m.priority()).isEqualTo(Priority.BULK);
            });
        }
        assertThat(s.bot.outbox().messagesTo(s.province.ref().privateChat()))
                .filteredOn(m -> m.key().equals("notice:1:progress")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Đang gửi tới 3 chi đoàn", "/thongbao_ketqua 1"));
        assertThat(s.bot.replay(sent).messages()).as("a replay sends nothing twice").isEmpty();
        assertThat(s.notice(1, s.a1.group())).hasSize(1);
    }

    @Test
    void pickedSubUnitsGetItAndTheOthersDoNot() {
        s.bot.inPrivate(s.province).says("/thongbao Lịch trực tết.");
        Turn picker = s.bot.inPrivate(s.province).presses("dlg:units");

        assertThat(picker.text()).contains("2 đơn vị trực thuộc Tỉnh đoàn Hà Nam");
        assertThat(picker.buttons()).extracting(b -> b.label()).contains("Huyện đoàn Bình Lục", "Huyện đoàn Kim Bảng");
        Turn ticked = s.bot.inPrivate(s.province).presses("dlg:u+:" + s.unitOf(s.kimBang).value());
        assertThat(ticked.buttons()).extracting(b -> b.label()).contains("✅ Huyện đoàn Kim Bảng");
        Turn options = s.bot.inPrivate(s.province).presses("dlg:options");
        assertThat(options.text()).contains("Gửi tới: Huyện đoàn Kim Bảng", "(2 chi đoàn)");
        s.bot.inPrivate(s.province).presses("dlg:send");

        assertThat(s.notice(1, s.a1.group())).hasSize(1);
        assertThat(s.notice(1, s.a2.group())).hasSize(1);
        assertThat(s.notice(1, s.b1.group())).isEmpty();
        assertThat(s.notices().get(1).targets()).containsExactly(s.unitOf(s.kimBang));
    }

    @Test
    void urgentNoticesGoAheadOfBulkAndOptionsAreSetByValueSoAReplayedPressChangesNothing() {
        s.bot.inPrivate(s.province).says("/thongbao Khẩn: phòng chống bão số 3.");
        Turn urgent = s.bot.inPrivate(s.province).presses("dlg:khan:y");
        s.bot.replay(urgent);
        s.bot.inPrivate(s.province).presses("dlg:ack:n");
        Turn options = s.bot.inPrivate(s.province).presses("dlg:khan:y");

        assertThat(options.text()).contains("Khẩn (gửi trước các tin hàng loạt khác): Có",
                "Cần chi đoàn xác nhận «Đã nhận»: Không");
        s.bot.inPrivate(s.province).presses("dlg:send");
        RecordingOutbox.Sent sent = s.notice(1, s.b1.group()).get(0);
        assertThat(sent.priority()).isEqualTo(Priority.URGENT);
        assertThat(sent.text()).contains("KHẨN").doesNotContain("Đã nhận");
        assertThat(sent.buttons()).isEmpty();
    }

    @Test
    void theDeadlineIsTypedAsEveryDateIsAndBadInputIsRefusedWithAnExample() {
        s.bot.inPrivate(s.province).says("/thongbao Báo cáo quý I.");
        s.bot.inPrivate(s.province).presses("dlg:deadline");
        Turn bad = s.bot.inPrivate(s.province).says("32/13");
        Turn past = s.bot.inPrivate(s.province).says("01/01/2026");
        Turn set = s.bot.inPrivate(s.province).says("10/03 9h");
        s.bot.inPrivate(s.province).presses("dlg:offsets");
        Turn badOffsets = s.bot.inPrivate(s.province).says("hai hôm");
        Turn offsets = s.bot.inPrivate(s.province).says("2n, 3g");

        assertThat(bad.text()).contains("32/13", "15/12");
        assertThat(past.templates()).contains("notice.past_deadline");
        assertThat(set.text()).contains("Hạn xác nhận: 09:00 10/03/2026", "1 ngày trước");
        assertThat(badOffsets.text()).contains("hai hôm", "1n, 2g");
        assertThat(offsets.text()).contains("2 ngày trước", "3 giờ trước");
        s.bot.inPrivate(s.province).presses("dlg:send");
        Notice notice = s.notices().get(1);
        assertThat(notice.deadline()).isEqualTo(Instant.parse("2026-03-10T02:00:00Z"));
        assertThat(notice.offsets()).extracting(d -> d.toHours()).containsExactly(72L - 24, 3L);
    }

    @Test
    void aFileWithTheCommandAsCaptionGoesWithTheNoticeAndAnythingElseIsRefused() {
        Turn zip = s.bot.handle(new Inbound.MessageReceived(s.province.ref().privateChat(), ChatKind.PRIVATE,
                s.province, "/thongbao", null, "m-zip", false, null,
                Attachment.inbound(Attachment.Kind.DOCUMENT, "f-zip", "tai-lieu.zip", "application/zip")));
        s.bot.handle(new Inbound.MessageReceived(s.province.ref().privateChat(), ChatKind.PRIVATE, s.province,
                "/thongbao Công văn số 12", null, "m-pdf", false, null,
                Attachment.inbound(Attachment.Kind.DOCUMENT, "f-pdf", "cong-van-12.pdf", "application/pdf")));
        s.bot.inPrivate(s.province).presses("dlg:send");

        assertThat(zip.text()).contains("tai-lieu.zip", "PDF, DOCX");
        RecordingOutbox.Sent sent = s.notice(1, s.a1.group()).get(0);
        assertThat(sent.message().attachment().fileRef()).isEqualTo("f-pdf");
        assertThat(sent.text()).contains("Công văn số 12");
    }

    @Test
    void theBareCommandAsksForTheContentFirst() {
        Turn asked = s.bot.inPrivate(s.province).says("/thongbao");
        Turn empty = s.bot.inPrivate(s.province).says("   ");
        Turn options = s.bot.inPrivate(s.province).says("Hội nghị tổng kết năm.");

        assertThat(asked.templates()).contains("notice.ask.content");
        assertThat(empty.templates()).contains("notice.no_content");
        assertThat(options.text()).contains("Hội nghị tổng kết năm.", "(3 chi đoàn)");
    }

    @Test
    void onlyOfficersSendAndADistrictReachesOnlyItsOwnBranches() {
        Turn member = s.bot.inPrivate(s.lan).says("/thongbao Xin chào");
        Turn inGroup = s.bot.inGroup(s.a1.groupId(), s.kimBang).says("/thongbao Xin chào");
        s.sends(s.kimBang, "/thongbao Họp cơ sở Kim Bảng.");

        assertThat(member.templates()).anyMatch(t -> t.startsWith("pipeline.refused"));
        assertThat(inGroup.templates()).contains("pipeline.place.private");
        assertThat(s.notice(1, s.a1.group())).hasSize(1);
        assertThat(s.notice(1, s.b1.group())).as("another district's branch").isEmpty();
    }

    @Test
    void aUnitOutsideTheSendersSubtreeIsRefusedWhenItIsSentEvenIfItWasSlippedIntoTheDialogue() {
        s.bot.inPrivate(s.kimBang).says("/thongbao Tin nội bộ.");
        s.bot.inPrivate(s.kimBang).presses("dlg:u+:" + s.unitOf(s.binhLuc).value());
        Turn sent = s.bot.inPrivate(s.kimBang).presses("dlg:send");

        assertThat(sent.templates()).contains("notice.not_allowed");
        assertThat(s.notices().find(1)).isEmpty();
        assertThat(s.notice(1, s.b1.group())).isEmpty();
    }
}
