package vn.chidoan.core.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The log events of the test JVM, kept by the {@code RECORD} appender of {@code logback-test.xml}
 * (Spring Boot re-reads that file at start, so an appender added in code would be dropped): the last
 * {@value #KEPT}, so a whole module's suite in one reused JVM does not fill its heap with its log.
 */
public final class LogRecorder extends AppenderBase<ILoggingEvent> {
    private static final int KEPT = 20_000;
    private static final ArrayDeque<ILoggingEvent> EVENTS = new ArrayDeque<>();
    /** Events dropped from the front: a mark counts every event ever recorded. */
    private static int dropped;

    @Override
    protected void append(ILoggingEvent event) {
        synchronized (EVENTS) {
            EVENTS.addLast(event);
            if (EVENTS.size() > KEPT) {
                EVENTS.removeFirst();
                dropped++;
            }
        }
    }

    /** A position in the log, to look at what came after it. */
    public static int mark() {
        synchronized (EVENTS) {
            return dropped + EVENTS.size();
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
            return EVENTS.stream().skip(Math.max(0, mark - dropped)).toList();
        }
    }
}
