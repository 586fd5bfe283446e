package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One query as the app sends it, run on this backend and on the reference: the same documents come
 * back, and this backend read only what its index could not tell apart from a match.
 */
final class ShapeCheck {
    private final TwoServers servers;
    private final String collection;
    private final Document filter;
    private Bson sort;
    private int limit;

    private ShapeCheck(TwoServers servers, String collection, Document filter) {
        this.servers = servers;
        this.collection = collection;
        this.filter = filter;
    }

    static ShapeCheck find(TwoServers servers, String collection, Document filter) {
        return new ShapeCheck(servers, collection, filter);
    }

    ShapeCheck sortedBy(Bson sort) {
        this.sort = sort;
        return this;
    }

    ShapeCheck limit(int limit) {
        this.limit = limit;
        return this;
    }

    /**
     * Asserts the same results as the reference (in the same order where it keeps this backend's
     * order; a limit without a sort may pick any of the matches, as MongoDB may) and that the documents read were exactly the matches,
     * of which there are some, and fewer than the collection holds. Returns the results.
     */
    List<Document> readsOnlyItsMatches() {
        long matches = servers.matches(collection, filter);
        return readsExactly(limit > 0 && sort == null ? Math.min(limit, matches) : matches);
    }

    /** As {@link #readsOnlyItsMatches()}, with the number of documents read given. */
    List<Document> readsExactly(long expectedRead) {
        long size = servers.ours(collection).countDocuments();
        long matches = servers.matches(collection, filter);
        assertThat(matches).as("matches of %s", filter).isPositive().isLessThan(size);

        long before = servers.examined(collection);
        List<Document> ours = TwoServers.all(shaped(servers.ours(collection)));
        long read = servers.examined(collection) - before;

        if (limit > 0 && sort == null) {
            assertThat(ours).hasSize((int) Math.min(limit, matches));
            assertThat(servers.scanned(collection, filter, null, 0)).containsAll(ours);
        } else if (servers.referenceKeepsOrder()) {
            assertThat(ours).isEqualTo(servers.scanned(collection, filter, sort, limit));
        } else {
            assertThat(ours).containsExactlyInAnyOrderElementsOf(servers.scanned(collection, filter, sort, limit));
        }
        assertThat(read).as("documents read for %s (collection of %d, %d matches)", filter, size, matches)
                .isEqualTo(expectedRead);
        return ours;
    }

    private FindIterable<Document> shaped(MongoCollection<Document> on) {
        FindIterable<Document> found = on.find(filter);
        if (sort != null) {
            found = found.sort(sort);
        }
        return limit > 0 ? found.limit(limit) : found;
    }
}
