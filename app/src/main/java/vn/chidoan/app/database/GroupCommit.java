package vn.chidoan.app.database;

import de.bwaldvogel.mongo.backend.h2.NativeKeyH2Backend;
import org.h2.mvstore.MVStore;
import vn.chidoan.core.kernel.durable.Durability;
import vn.chidoan.core.kernel.durable.GroupSync;

/**
 * The embedded database's {@link Durability}. Its MVStore keeps changes in memory and {@link Commits}
 * writes them to the file about once a second, without forcing them to disk, so a crash would lose
 * the last moment of acknowledged writes. {@link #sync()} commits the store and forces the file
 * (fsync), one commit for the callers that arrive together ({@link GroupSync}). Each commit rewrites
 * the pages changed since the last one, so the inbound path does not call it per request: its
 * journal (docs/ARCHITECTURE.md, "Storage") checkpoints through it about once a second.
 */
final class GroupCommit implements Durability {
    private final GroupSync group;

    GroupCommit(NativeKeyH2Backend backend, MVStore store) {
        this.group = new GroupSync(() -> {
            backend.commit(); // a consistent cut of whole commands (NativeKeyH2Backend)
            store.sync();
        });
    }

    @Override
    public void sync() {
        group.sync();
    }
}
