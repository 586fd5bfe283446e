package vn.chidoan.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The recorder sees this module's log: without its {@code RECORD} appender in {@code logback-test.xml}
 * an assertion that no ERROR was logged could never fail.
 */
class LogRecorderTest {

    @Test
    void anErrorLoggedAfterTheMarkIsSeenAndOneBeforeItIsNot() {
        LoggerFactory.getLogger(LogRecorderTest.class).error("before the mark");
        int mark = LogRecorder.mark();

        LoggerFactory.getLogger(LogRecorderTest.class).error("after the mark");
        LoggerFactory.getLogger(LogRecorderTest.class).warn("only a warning");

        assertThat(LogRecorder.errorsSince(mark)).containsExactly(LogRecorderTest.class.getName() + ": after the mark");
    }
}
