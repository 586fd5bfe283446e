package vn.chidoan.core.features.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.export.QrCode;
import vn.chidoan.core.testing.QrImages;

/**
 * VietQR payloads against the examples of the NAPAS specification: "Technical Specifications on NAPAS QR
 * Switching, Part IV: QR Code Format", version 1.5.2 (NAPAS, Hanoi, January 2021), section 6, the
 * examples of QR codes for funds transfers (IBFT) — BIN 970403, account 0011012345678 or card
 * 9704031101234567, amount 180000, bill number NPS6869, purpose "thanh toan don hang". The same four
 * strings, with their CRCs, are reproduced as test vectors by the VietQR libraries that cite the
 * specification (e.g. binhnguyenduc/vietqr-ts, "NAPAS Compliance" tests). The CRC's own check value is the
 * catalogue one for CRC-16/CCITT-FALSE ("123456789" → 29B1).
 */
class VietQrTest {
    /** Section 6, dynamic QR for a transfer to an account. */
    static final String SPEC_DYNAMIC_ACCOUNT = "00020101021238570010A00000072701270006970403011300110123456780208"
            + "QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E";
    /** Section 6, dynamic QR for a transfer to a card. */
    static final String SPEC_DYNAMIC_CARD = "00020101021238600010A00000072701300006970403011697040311012345670208"
            + "QRIBFTTC530370454061800005802VN62340107NPS68690819thanh toan don hang6304A203";
    /** Section 6, static QR for a transfer to a card. */
    static final String SPEC_STATIC_CARD = "00020101021138600010A00000072701300006970403011697040311012345670208"
            + "QRIBFTTC53037045802VN63044F52";
    /**
     * Section 6, static QR for a transfer to an account, as printed: its account object says length 12 for
     * the 13 digits of 0011012345678 (a typo of the document), and its CRC is of that string as printed.
     */
    static final String SPEC_STATIC_ACCOUNT_AS_PRINTED = "00020101021138570010A00000072701270006970403011200110123456"
            + "780208QRIBFTTA53037045802VN6304F4E5";

    @Test
    void theCrcIsCcittFalseWithItsCatalogueCheckValue() {
        assertThat(VietQr.crc("123456789")).isEqualTo("29B1");
    }

    @Test
    void theCrcOfEverySpecificationExampleMatchesItsPrintedCrc() {
        for (String example : new String[] {SPEC_DYNAMIC_ACCOUNT, SPEC_DYNAMIC_CARD, SPEC_STATIC_CARD,
            SPEC_STATIC_ACCOUNT_AS_PRINTED}) {
            assertThat(VietQr.crcMatches(example)).as(example).isTrue();
        }
        String tampered = SPEC_DYNAMIC_ACCOUNT.replace("5406180000", "5406190000");
        assertThat(VietQr.crcMatches(tampered)).isFalse();
    }

    @Test
    void aDynamicTransferToAnAccountIsTheSpecificationsExampleCharacterForCharacter() {
        String built = VietQr.payload(new VietQr.Transfer("970403", "0011012345678", 180_000, "NPS6869",
                "thanh toan don hang"));

        assertThat(built).isEqualTo(SPEC_DYNAMIC_ACCOUNT);
    }

    @Test
    void withoutAnAmountTheCodeIsStaticAndCarriesNoAmount() {
        String built = VietQr.payload(new VietQr.Transfer("970403", "0011012345678", 0, null, null));

        assertThat(built).startsWith("000201010211").doesNotContain("5406").contains("0113" + "0011012345678")
                .contains("0208QRIBFTTA", "5303704", "5802VN");
        assertThat(VietQr.crcMatches(built)).isTrue();
    }

    @Test
    void aFeePayloadHoldsTheBankTheAccountTheExactAmountAndTheMemo() {
        String built = VietQr.payload(new VietQr.Transfer("970436", "1017595600", 15_000, null, "DP DV42 Q4-2026"));

        assertThat(built).isEqualTo("00020101021238540010A00000072701240006970436011010175956000208QRIBFTTA"
                + "53037045405150005802VN62190815DP DV42 Q4-2026" + "6304" + VietQr.crc(built.substring(0,
                        built.length() - 4)));
        assertThat(built).contains("0010A000000727", "540515000", "0815DP DV42 Q4-2026");
        assertThat(VietQr.crcMatches(built)).isTrue();
    }

    @Test
    void aMemoIsUpperCaseAsciiOfAtMostTwentyFiveCharacters() {
        assertThat(VietQr.memo("đp dv42 tháng 12")).isEqualTo("DP DV42 THANG 12");
        assertThat(VietQr.memo("DP DV123456 DEN T12-2026 và thêm")).hasSizeLessThanOrEqualTo(25)
                .isEqualTo("DP DV123456 DEN T12-2026");
        assertThatThrownBy(() -> new VietQr.Transfer("970436", "1017595600", 5_000, null, "Đoàn phí"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VietQr.Transfer("97043", "1017595600", 5_000, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePngDecodesBackToThePayloadWithZxing() throws Exception {
        String payload = VietQr.payload(new VietQr.Transfer("970436", "1017595600", 5_000, null, "DP DV42 T12-2026"));

        byte[] png = QrCode.png(payload);

        assertThat(QrImages.read(png)).isEqualTo(payload);
    }
}
