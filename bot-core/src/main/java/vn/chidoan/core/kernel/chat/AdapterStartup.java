package vn.chidoan.core.kernel.chat;

import org.springframework.context.SmartLifecycle;

/**
 * An adapter's work at application start (who the bot is, menus, webhooks), run once before the
 * workers that receive and send. Stopping needs nothing undone.
 */
public abstract class AdapterStartup implements SmartLifecycle {
    /** Before the inbound and outbox workers, which start in the default phase. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1000;

    private volatile boolean running;

    @Override
    public final void start() {
        running = true;
        startUp();
    }

    /** The adapter's start work; a failure is logged and stops nothing. */
    protected abstract void startUp();

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return PHASE;
    }
}
