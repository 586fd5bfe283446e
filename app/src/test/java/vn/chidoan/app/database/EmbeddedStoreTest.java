package vn.chidoan.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded file commits only when told to ({@code Commits}, {@code GroupCommit}, under the backend's
 * lock, between whole commands): a writer that piles up changes past H2's auto-commit buffer does not
 * commit in the middle of its command.
 */
class EmbeddedStoreTest {

    @Test
    void manyMegabytesOfChangesAreNotCommittedUntilTheStoreIsToldTo(@TempDir Path dir) {
        MVStore store = EmbeddedMongoServer.openStore(dir.resolve("chidoan.mv"));
        try {
            MVMap<Integer, byte[]> documents = store.openMap("documents");
            store.commit();
            long version = store.getCurrentVersion();

            for (int i = 0; i < 40_000; i++) { // ≈ 40 MB, past H2's 19 MB auto-commit buffer
                documents.put(i, new byte[1_024]);
            }

            assertThat(store.getCurrentVersion()).as("commits while writing").isEqualTo(version);
            assertThat(store.hasUnsavedChanges()).isTrue();
            store.commit();
            assertThat(store.getCurrentVersion()).isGreaterThan(version);
        } finally {
            store.close();
        }
    }
}
