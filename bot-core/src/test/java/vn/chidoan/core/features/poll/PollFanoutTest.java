package vn.chidoan.core.features.poll;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FanoutProvince;

/**
 * An officer's poll for every branch of their unit: when some branch could not get it, the creator is told
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
        province.bot().inPrivate(province.officer()).says(POLL);

        province.sweep();
        province.sweep();

        assertThat(province.toOfficer("poll:1:reached")).isEmpty();
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
}
