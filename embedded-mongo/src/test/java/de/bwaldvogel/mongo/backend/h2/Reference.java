package de.bwaldvogel.mongo.backend.h2;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * What a query on this backend is compared with: the stock backend's full scan, always; and a real
 * MongoDB (Testcontainers) wherever Docker exists — without Docker that variant is reported as
 * skipped, with the reason.
 */
enum Reference {
    STOCK_FULL_SCAN {
        @Override
        Opened open() {
            MongoServer stock = new MongoServer(new H2Backend(MVStore.open(null)));
            MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + stock.bind().getPort());
            return new Opened(client, true, () -> {
                client.close();
                stock.shutdownNow();
            });
        }
    },
    REAL_MONGODB {
        @Override
        Opened open() {
            Assumptions.assumeTrue(Real.DOCKER, "Docker is not available here: the comparison with a real MongoDB "
                    + "is skipped (it runs wherever a Docker engine is reachable)");
            return new Opened(Real.client(), false, () -> { });
        }
    };

    /** A connection to the reference; {@code keepsOrder}: whether it returns ties and unsorted results in the same order. */
    record Opened(MongoClient client, boolean keepsOrder, Runnable close) {
    }

    abstract Opened open();

    private static final class Real {
        static final boolean DOCKER = dockerAvailable();
        private static MongoClient client;

        static synchronized MongoClient client() {
            if (client == null) {
                MongoDBContainer container = new MongoDBContainer("mongo:7.0");
                container.start();
                client = MongoClients.create(container.getReplicaSetUrl());
            }
            return client;
        }

        private static boolean dockerAvailable() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }
    }
}
