package vn.chidoan.core.kernel.durable;

/**
 * Port: makes what this process has written to the database so far survive a crash. What the app
 * acknowledges (a webhook's 2xx, a confirmed polling offset) and the record that a message was
 * delivered are written, then {@link #sync()}ed, then acknowledged: after {@code kill -9} no
 * acknowledged event is lost and no delivered message is sent again. On a real MongoDB a write is
 * acknowledged once it is journaled (the app asks for journaled majority writes), so nothing more is
 * needed there; the embedded database commits its file and forces it to disk, one commit for the
 * callers that arrive together.
 */
@FunctionalInterface
public interface Durability {
    /** For a database that acknowledges only what is already durable. */
    Durability NONE = () -> {
    };

    /** Returns once every write this process had acknowledged before the call is on disk. */
    void sync();
}
