package vn.chidoan.core.kernel.text;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers as people type them ({@code 0912 345 678}, {@code 0912.345.678},
 * {@code +84 912 345 678}, {@code 84912345678}, {@code (024) 3825 1234}), read with libphonenumber:
 * a number valid in Vietnam is kept in E.164 ({@code +84912345678}) and shown the national way
 * ({@code 0912 345 678}). Anything with letters, or not a Vietnamese number, is no phone number.
 */
public final class PhoneInput {
    private static final String REGION = "VN";
    private static final Pattern TYPED = Pattern.compile("\\+?[0-9 .()\\-]{8,20}");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneInput() {
    }

    /** A phone number: {@code e164} to store, {@code shown} to show. */
    public record Phone(String e164, String shown) {
    }

    public static Optional<Phone> read(String text) {
        String typed = text == null ? "" : text.strip();
        if (!TYPED.matcher(typed).matches()) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[^0-9+]", "");
        if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "+" + digits; // 84912345678: the country code typed without its plus
        }
        try {
            PhoneNumber number = PHONES.parse(digits, REGION);
            if (!PHONES.isValidNumberForRegion(number, REGION)) {
                return Optional.empty();
            }
            return Optional.of(new Phone(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164),
                    PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL)));
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /** How a stored number ({@code +84912345678}) is shown: {@code 0912 345 678}. */
    public static String shown(String e164) {
        return read(e164).map(Phone::shown).orElse(e164);
    }
}
