package vn.chidoan.core.features.fee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NAPAS bank list as shipped: found by BIN, code, short name, its start, or words of the full name. */
class NapasBanksTest {
    private final NapasBanks banks = new NapasBanks();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Vietcombank|970436", "VCB|970436", "970436|970436", "vietcom|970436",
        "ngoại thương|970436", "MB Bank|970422", "mb|970422", "BIDV|970418", "Techcombank|970407",
        "Agribank|970405", "vietinbank|970415", "TPBank|970423", "Timo|963388"})
    void aBankIsFoundAsPeopleNameIt(String typed, String bin) {
        assertThat(banks.find(typed)).extracting(NapasBanks.Bank::bin).containsExactly(bin);
    }

    @Test
    void theListHasEveryBankOnceWithASixDigitBin() {
        assertThat(banks.all()).hasSizeGreaterThan(60)
                .allSatisfy(bank -> assertThat(bank.bin()).matches("\\d{6}"))
                .extracting(NapasBanks.Bank::bin).doesNotHaveDuplicates();
    }

    @Test
    void whatNamesNoBankFindsNoneAndAVagueWordFindsSeveral() {
        assertThat(banks.find("ngân hàng ma")).isEmpty();
        assertThat(banks.find("Kookmin")).hasSize(2);
    }
}
