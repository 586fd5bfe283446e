package vn.chidoan.core.features.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FanoutProvince;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;

/**
 * An officer's poll for every branch of their unit: when it reached them all, the creator hears nothing more
 * (the reply to {@code /binhchon} said where it goes); when some branch could not get it, the creator is told
 * which, once.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class PollFanoutTest {
    static final String POLL = "/binhchon Đi tình nguyện ngày nào? | Thứ 7 | Chủ nhật";

    @Parameter
    Database db;

    FanoutProvince province;

    @BeforeEach
    void provinceOfFiveBranches() {
        province = FanoutProvince.on(db);
    }

    @Test
    void aPollThatReachedEveryBranchNeedsNoFurtherWord() {
        int toldBefore = toOfficer().size();

        province.bot().inPrivate(province.officer()).says(POLL);
        province.sweep();
        province.sweep();

        for (Scenarios.Branch branch : province.branches()) {
            assertThat(province.bot().outbox().messagesTo(branch.group())).as("the poll in %s", branch.name())
                    .anySatisfy(post -> assertThat(post.key()).startsWith("poll:1:chat:"));
        }
        assertThat(province.sweep()).as("the fan-out is over").isZero();
        assertThat(toOfficer().subList(toldBefore, toOfficer().size())).as("only the reply to /binhchon")
                .singleElement().satisfies(reply -> assertThat(reply.text()).contains("bình chọn #1"));
    }

    @Test
    void aBranchThatKeepsFailingIsLeftOutAndTheCreatorIsToldWhichOne() {
        province.poison(3);
        province.bot().inPrivate(province.officer()).says(POLL);

        province.sweep();
        province.sweep();

        assertThat(province.toOfficer("poll:1:reached")).singleElement().satisfies(notice -> assertThat(notice.text())
                .contains("4/5 chi đoàn", "chưa gửi được tới: Chi đoàn 4", "/binhchon_ketqua 1"));
        assertThat(province.sweep()).isZero();
    }

    /** Everything the officer was sent in private, in order (in tests a fan-out runs at once, within the turn). */
    private List<RecordingOutbox.Sent> toOfficer() {
        return province.bot().outbox().messagesTo(province.officer().ref().privateChat());
    }
}
