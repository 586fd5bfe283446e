package vn.chidoan.core.kernel.work;

import java.util.Map;
import java.util.concurrent.ThreadFactory;
import org.slf4j.MDC;

/**
 * Named daemon threads for a worker, carrying the logging context (SLF4J's MDC) in force where the
 * worker was set up. Two cores can run in one process (the app's and the sandbox's, each started
 * under its own {@value #CONTEXT} entry); their workers log the same lines, and the context is what
 * tells an operator which core a line is about. Daemon, so a worker never keeps the JVM alive.
 */
public final class WorkerThreads {
    /** The MDC key naming the core a line comes from; unset for the app's own, {@code sandbox} for the sandbox's. */
    public static final String CONTEXT = "chidoan.context";

    private WorkerThreads() {
    }

    /** Threads called {@code name}, logging under the MDC of the caller at this moment. */
    public static ThreadFactory daemon(String name) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return task -> {
            Thread thread = new Thread(() -> {
                if (context != null) {
                    MDC.setContextMap(context);
                }
                task.run();
            }, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
