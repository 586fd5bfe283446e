package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FanoutProvince;

/**
 * An officer's sign-up for every branch of their unit: the creator is told once when it reached them all, or
 * which branches it could not reach.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class FormFanoutTest {
    @Parameter
    Database db;

    FanoutProvince province;

    @BeforeEach
    void provinceOfFiveBranches() {
        province = FanoutProvince.on(db);
    }

    @Test
    void aFormThatReachedEveryBranchIsSaidOnce() {
        province.bot().inPrivate(province.officer()).says("/dangky_tao Tập huấn cán bộ");

        province.sweep();
        province.sweep();

        assertThat(province.toOfficer("form:1:reached")).singleElement().satisfies(notice -> assertThat(notice.text())
                .contains("đã được gửi tới đủ 5 chi đoàn", "/dangky_ketqua 1"));
    }

    @Test
    void aBranchThatKeepsFailingIsLeftOutAndTheCreatorIsToldWhichOne() {
        province.poison(3);
        province.bot().inPrivate(province.officer()).says("/dangky_tao Tập huấn cán bộ");

        province.sweep();
        province.sweep();

        assertThat(province.toOfficer("form:1:reached")).singleElement().satisfies(notice -> assertThat(notice.text())
                .contains("4/5 chi đoàn", "chưa gửi được tới: Chi đoàn 4", "/dangky_ketqua 1"));
        assertThat(province.sweep()).isZero();
    }
}
