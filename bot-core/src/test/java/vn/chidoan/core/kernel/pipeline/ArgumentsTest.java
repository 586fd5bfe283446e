package vn.chidoan.core.kernel.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.BadInput;

class ArgumentsTest {

    @Test
    void aNameIsTidiedAndMustHoldLettersWithinItsLength() {
        assertThat(Arguments.name("  Nguyễn   Văn  An ", 2, 80, "bad")).isEqualTo("Nguyễn Văn An");
        assertThatThrownBy(() -> Arguments.name("12345", 2, 80, "bad")).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> Arguments.name("A", 2, 80, "bad")).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> Arguments.name("An\u0000", 2, 80, "bad")).isInstanceOf(BadInput.class);
        assertThat(Arguments.nameOrNull("  ", 2, 80)).isNull();
    }

    @Test
    void aNameLosesTheInvisibleCharactersThatWouldReorderOrDisguiseIt() {
        assertThat(Arguments.name("\u202ENguyễn\u202C Văn\u200B An", 2, 80, "bad")).isEqualTo("Nguyễn Văn An");
        assertThat(Arguments.name("Chi đoàn \u2067 12A1\u2069", 3, 100, "bad")).isEqualTo("Chi đoàn 12A1");
        assertThatThrownBy(() -> Arguments.name("\u200B\u202E\u2066", 1, 80, "bad")).isInstanceOf(BadInput.class);
    }

    @Test
    void aPositionIsAWholeNumberFromOne() {
        assertThat(Arguments.positive(" 12 ", "bad")).isEqualTo(12);
        assertThatThrownBy(() -> Arguments.positive("0", "bad")).isInstanceOf(BadInput.class)
                .extracting(e -> ((BadInput) e).templateKey()).isEqualTo("bad");
        assertThatThrownBy(() -> Arguments.positive("hai", "bad")).isInstanceOf(BadInput.class);
        assertThat(Arguments.firstWord("  K7MNP2QX thêm  ")).isEqualTo("K7MNP2QX");
    }
}
