package vn.chidoan.core.features.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.testing.Turn;

/**
 * What a press of «Đã nhận» in a branch's group records: the committee's acknowledgement for the branch
 * and a member's «đã xem», and what erasing or merging the people who pressed leaves of them.
 */
class NoticeAcknowledgementsTest extends NoticeScenarioTest {
    @Test
    void theCommitteeAcknowledgesForTheBranchOnceAndAMembersPressCountsAsSeen() {
        s.sends(s.province, "/thongbao Kế hoạch tháng Thanh niên.");

        Turn member = press(s.a1.groupId(), s.lan, "tb:a:1");
        Turn again = press(s.a1.groupId(), s.lan, "tb:a:1");
        Turn secretary = press(s.a1.groupId(), s.a1.secretary(), "tb:a:1");
        Turn secretaryAgain = press(s.a1.groupId(), s.a1.secretary(), "tb:a:1");
        Turn outsider = press(s.a1.groupId(), s.b1.secretary(), "tb:a:1");

        assertThat(member.toast()).isEqualTo("Đã ghi nhận bạn đã xem thông báo.");
        assertThat(again.toast()).isEqualTo("Bạn đã báo đã xem thông báo này rồi.");
        assertThat(secretary.toast()).isEqualTo("Đã xác nhận thay chi đoàn. Cảm ơn!");
        assertThat(secretaryAgain.toast()).isEqualTo("Chi đoàn đã xác nhận thông báo này rồi.");
        assertThat(outsider.toast()).as("B1's secretary is no member of A1").contains("chi đoàn khác");
        ReceiptStore.Receipt a1 = s.notices().receipts().find(1, s.branchOf(s.a1)).orElseThrow();
        assertThat(a1.acked()).isTrue();
        assertThat(a1.ackedBy()).isEqualTo(person(s.a1.secretary()).value());
        assertThat(a1.seen()).containsExactly(person(s.lan).value());
        assertThat(s.notices().receipts().find(1, s.branchOf(s.b1))).as("B1 acknowledged nothing").isEmpty();
    }

    @Test
    void anErasedSecretaryLeavesTheBranchAcknowledgedByNoOneAndAMergeMovesTheirPresses() {
        s.sends(s.province, "/thongbao Thông báo nghỉ lễ.");
        press(s.a1.groupId(), s.a1.secretary(), "tb:a:1");
        press(s.a1.groupId(), s.lan, "tb:a:1");
        NoticeData data = s.bot.bean(NoticeData.class);

        data.forget(new DataSubject(person(s.a1.secretary()), List.of(s.a1.secretary().ref()), "Bí Thư Chi đoàn A1"));
        data.move(person(s.lan), person(s.minh));
        data.forget(new DataSubject(person(s.province), List.of(s.province.ref()), "Cán Bộ Tỉnh"));

        ReceiptStore.Receipt a1 = s.notices().receipts().find(1, s.branchOf(s.a1)).orElseThrow();
        assertThat(a1.acked()).isTrue();
        assertThat(a1.ackedBy()).isNull();
        assertThat(a1.seen()).containsExactly(person(s.minh).value());
        Notice notice = s.notices().get(1);
        assertThat(notice.sender()).isNull();
        assertThat(notice.senderAccount()).isNull();
        assertThat(s.notices().latestBy(person(s.province))).isEmpty();
    }
}
