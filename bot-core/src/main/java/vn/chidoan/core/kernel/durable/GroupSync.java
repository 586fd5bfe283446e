package vn.chidoan.core.kernel.durable;

/**
 * One slow action (a commit, an fsync) shared by the callers that arrive together: the first caller to
 * find it not running runs it for everyone who has asked so far, and those who ask while it runs wait
 * and share the next run. A caller returns once a run that started after it asked has ended well, so
 * whatever it wrote before asking is covered; a run that throws covers nobody (its caller gets the
 * exception, the others try again).
 */
public final class GroupSync implements Durability {
    private final Runnable action;
    private long asked;
    private long covered;
    private boolean running;

    public GroupSync(Runnable action) {
        this.action = action;
    }

    @Override
    public void sync() {
        long upTo;
        synchronized (this) {
            long ticket = ++asked;
            while (running && covered < ticket) {
                awaitRun();
            }
            if (covered >= ticket) {
                return;
            }
            running = true;
            upTo = asked;
        }
        boolean done = false;
        try {
            action.run();
            done = true;
        } finally {
            synchronized (this) {
                running = false;
                if (done) {
                    covered = Math.max(covered, upTo);
                }
                notifyAll();
            }
        }
    }

    private void awaitRun() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the disk", e);
        }
    }
}
