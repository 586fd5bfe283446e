package vn.chidoan.core.org.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitKindTest {

    @Test
    void belowTheProvinceTheNameTellsTheKind() {
        assertThat(UnitKind.TINH_DOAN.subUnitNamed("Thành đoàn Phủ Lý")).isEqualTo(UnitKind.THANH_DOAN);
        assertThat(UnitKind.TINH_DOAN.subUnitNamed("ĐOÀN KHỐI các cơ quan tỉnh")).isEqualTo(UnitKind.DOAN_KHOI);
        assertThat(UnitKind.TINH_DOAN.subUnitNamed("Huyện đoàn Kim Bảng")).isEqualTo(UnitKind.HUYEN_DOAN);
        assertThat(UnitKind.TINH_DOAN.subUnitNamed("Thị đoàn Duy Tiên")).isEqualTo(UnitKind.HUYEN_DOAN);
    }

    @Test
    void belowDistrictsComeGrassrootsUnions() {
        assertThat(UnitKind.HUYEN_DOAN.subUnitNamed("Thành đoàn gì đó")).isEqualTo(UnitKind.DOAN_CO_SO);
        assertThat(UnitKind.DOAN_KHOI.subUnitNamed("Đoàn Sở Y tế")).isEqualTo(UnitKind.DOAN_CO_SO);
    }
}
