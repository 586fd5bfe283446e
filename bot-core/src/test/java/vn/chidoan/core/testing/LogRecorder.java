package vn.chidoan.core.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Every log event of the test JVM, kept by the {@code RECORD} appender of {@code logback-test.xml}
 * (Spring Boot re-reads that file at start, so an appender added in code would be dropped).
 */
public final class LogRecorder extends AppenderBase<ILoggingEvent> {
    private static final List<ILoggingEvent> EVENTS = new ArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
        synchronized (EVENTS) {
            EVENTS.add(event);
        }
    }

    /** A position in the log, to look at what came after it. */
    public static int mark() {
        synchronized (EVENTS) {
            return EVENTS.size();
        }
    }

    public static List<String> messages() {
        return since(0).stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    public static List<String> errorsSince(int mark) {
        return since(mark).stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
    }

    private static List<ILoggingEvent> since(int mark) {
        synchronized (EVENTS) {
            return new ArrayList<>(EVENTS.subList(Math.min(mark, EVENTS.size()), EVENTS.size()));
        }
    }
}
