package vn.chidoan.core.features.fee;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.chidoan.core.kernel.text.DateInput;

/**
 * A VietQR transfer as its QR code's text: the NAPAS profile of the EMVCo merchant-presented format
 * ("Technical Specifications on NAPAS QR Switching", part IV, v1.5.2). Data objects are
 * {@code ID(2) LENGTH(2) VALUE}; the beneficiary sits in ID 38 (GUID {@code A000000727}, the bank's BIN and
 * the account number, service {@code QRIBFTTA}: a transfer to an account), then currency 704, the amount,
 * country VN, the additional data of ID 62 (a bill number in 01, the transfer's purpose in 08, which the
 * banking app fills in as the memo) and a CRC-16/CCITT-FALSE over everything before it, {@code 6304}
 * included. With an amount the code is "dynamic" (point of initiation 12), without one "static" (11).
 */
final class VietQr {
    static final String NAPAS_GUID = "A000000727";
    static final String TO_ACCOUNT = "QRIBFTTA";
    static final int PURPOSE_MAX = 25;
    static final int ACCOUNT_MAX = 19;

    private VietQr() {
    }

    /**
     * One transfer: the beneficiary bank's BIN (six digits), the account number, the amount in đồng (0 for
     * none), and optionally a bill number and the purpose, both plain ASCII of at most 25 characters.
     */
    record Transfer(String bin, String account, long amount, String billNumber, String purpose) {
        Transfer {
            if (bin == null || !bin.matches("\\d{6}")) {
                throw new IllegalArgumentException("a BIN is six digits: " + bin);
            }
            if (account == null || !account.matches("[0-9A-Za-z]{1," + ACCOUNT_MAX + "}")) {
                throw new IllegalArgumentException("an account number is 1-19 letters or digits: " + account);
            }
            if (amount < 0 || Long.toString(amount).length() > 13) {
                throw new IllegalArgumentException("an amount is 0 to 13 digits: " + amount);
            }
            checkText(billNumber, "bill number");
            checkText(purpose, "purpose");
        }
    }

    /** The QR code's text for the transfer. */
    static String payload(Transfer transfer) {
        String beneficiary = tlv("00", transfer.bin()) + tlv("01", transfer.account());
        String merchant = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", TO_ACCOUNT);
        StringBuilder out = new StringBuilder()
                .append(tlv("00", "01"))
                .append(tlv("01", transfer.amount() > 0 ? "12" : "11"))
                .append(tlv("38", merchant))
                .append(tlv("53", "704"));
        if (transfer.amount() > 0) {
            out.append(tlv("54", Long.toString(transfer.amount())));
        }
        out.append(tlv("58", "VN"));
        String additional = (transfer.billNumber() == null ? "" : tlv("01", transfer.billNumber()))
                + (transfer.purpose() == null ? "" : tlv("08", transfer.purpose()));
        if (!additional.isEmpty()) {
            out.append(tlv("62", additional));
        }
        out.append("6304");
        return out.append(crc(out.toString())).toString();
    }

    /** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR), four hex digits. */
    static String crc(String data) {
        int crc = 0xFFFF;
        for (byte b : data.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return String.format(Locale.ROOT, "%04X", crc);
    }

    /** Whether a code's last four characters are the CRC of everything before them. */
    static boolean crcMatches(String payload) {
        int at = payload.length() - 4;
        return at > 4 && payload.startsWith("6304", at - 4) && crc(payload.substring(0, at)).equals(payload.substring(at));
    }

    /**
     * A memo as banks take it: no diacritics ({@code đ} is {@code D}), upper case, only letters, digits,
     * spaces and hyphens, at most {@link #PURPOSE_MAX} characters.
     */
    static String memo(String text) {
        String ascii = DateInput.plain(text).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 -]", " ")
                .replaceAll("\\s+", " ").strip();
        return ascii.length() <= PURPOSE_MAX ? ascii : ascii.substring(0, PURPOSE_MAX).strip();
    }

    private static String tlv(String id, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("a data object holds at most 99 characters: " + id);
        }
        return id + String.format(Locale.ROOT, "%02d", value.length()) + value;
    }

    private static void checkText(String text, String what) {
        if (text != null && !text.matches("[\\x20-\\x7E]{1," + PURPOSE_MAX + "}")) {
            throw new IllegalArgumentException("a " + what + " is 1-25 printable ASCII characters: " + text);
        }
    }
}
