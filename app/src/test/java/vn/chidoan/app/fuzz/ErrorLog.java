package vn.chidoan.app.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every ERROR the app logs from the moment it is attached (after the app started, which resets logging). */
final class ErrorLog extends AppenderBase<ILoggingEvent> {
    private final List<String> errors = new ArrayList<>();

    static ErrorLog attach() {
        ErrorLog log = new ErrorLog();
        log.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        log.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
        return log;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            errors.add(event.getLoggerName() + ": " + event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : " / " + event.getThrowableProxy().getClassName() + ": "
                            + event.getThrowableProxy().getMessage()));
        }
    }

    synchronized int mark() {
        return errors.size();
    }

    synchronized List<String> since(int mark) {
        return List.copyOf(errors.subList(mark, errors.size()));
    }
}
