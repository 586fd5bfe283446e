package vn.chidoan.core.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "0912 345 678; +84912345678; 0912 345 678",
            "+84912345678; +84912345678; 0912 345 678",
            "+84 912 345 678; +84912345678; 0912 345 678",
            "84912345678; +84912345678; 0912 345 678",
            "0912.345.678; +84912345678; 0912 345 678",
            "0912-345-678; +84912345678; 0912 345 678",
            "0383 456 789; +84383456789; 0383 456 789",
            "(024) 3825 1234; +842438251234; 024 3825 1234"})
    void aVietnameseNumberIsKeptInE164AndShownTheNationalWay(String typed, String stored, String shown) {
        PhoneInput.Phone phone = PhoneInput.read(typed).orElseThrow();

        assertThat(phone.e164()).isEqualTo(stored);
        assertThat(phone.shown()).isEqualTo(shown);
        assertThat(PhoneInput.shown(stored)).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "0912 345 67", "0912 345 6789 1", "091234567a", "số 0912345678",
            "+1 202 555 0143", "0000000000", "12345678"})
    void anythingElseIsNoPhoneNumber(String typed) {
        assertThat(PhoneInput.read(typed)).isEmpty();
    }
}
