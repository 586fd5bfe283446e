package vn.chidoan.core.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names and titles lose the invisible characters that reorder text or make look-alike names. */
class CleanTextTest {

    @Test
    void rightToLeftOverridesAndBidiIsolatesAreRemoved() {
        assertThat(CleanText.clean("Nguy\u202Eễn Văn\u202C Nam")).isEqualTo("Nguyễn Văn Nam");
        assertThat(CleanText.clean("\u2067Trần\u2069 \u2066Thị\u2069 \u2068Lan\u2069\u200F\u200E")).isEqualTo("Trần Thị Lan");
        assertThat(CleanText.clean("Kế hoạch \u202Bquý 3\u202A\u061C")).isEqualTo("Kế hoạch quý 3");
    }

    @Test
    void zeroWidthCharactersAreRemoved() {
        assertThat(CleanText.clean("Lê\u200B Văn\u200C Cư\u200Dờng\u2060\uFEFF")).isEqualTo("Lê Văn Cường");
    }

    @Test
    void combiningAccentsBecomeTheLettersTheyMake() {
        String decomposed = "Nguye\u0302\u0303n";
        assertThat(CleanText.clean(decomposed)).isEqualTo("Nguyễn");
    }

    @Test
    void aProfileNameLosesInvisiblesAndControlCharactersAndNothingVisibleIsNoName() {
        assertThat(CleanText.profileName("\u202ENguyễn\u202C\u200B Văn\nNam\u0007 ")).isEqualTo("Nguyễn Văn Nam");
        assertThat(CleanText.profileName("Lê\u0000\u001B[31mVăn\tCường\r\n")).isEqualTo("Lê [31mVăn Cường");
        assertThat(CleanText.profileName("\u200B\u2066\u2069 \n")).isNull();
        assertThat(CleanText.profileName(null)).isNull();
    }

    @Test
    void namesMatchWhateverTheCaseSpacesAndInvisiblesButNotTheDiacritics() {
        assertThat(CleanText.sameName("  phạm  THỊ dung ", "Phạm Thị Dung")).isTrue();
        assertThat(CleanText.sameName("Phạm\u200B Thị Dung", "Phạm Thị Dung")).isTrue();
        assertThat(CleanText.sameName("Pha\u0323m Thi\u0323 Dung", "Phạm Thị Dung")).isTrue();
        assertThat(CleanText.sameName("Pham Thi Dung", "Phạm Thị Dung")).as("diacritics count").isFalse();
        assertThat(CleanText.sameName("Trần Thị Lân", "Trần Thị Lan")).isFalse();
        assertThat(CleanText.sameName(null, "Phạm Thị Dung")).isFalse();
        assertThat(CleanText.sameName("", "")).isFalse();
    }
}
