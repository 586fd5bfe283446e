package vn.chidoan.core.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The databases every persistence test runs on: the embedded wire-protocol server always, and a real
 * MongoDB (Testcontainers, single-node replica set) wherever Docker exists; without Docker the real
 * variant's tests are reported as skipped with the reason. Use with
 * {@code @ParameterizedClass @MethodSource("vn.chidoan.core.testing.Database#all")} and a
 * {@code @Parameter Database db} field; call {@link #freshTemplate()} per test.
 */
public enum Database {
    EMBEDDED {
        @Override
        public MongoTemplate freshTemplate() {
            return Embedded.SERVER.template("db" + COUNTER.incrementAndGet());
        }
    },
    REAL_MONGODB {
        @Override
        public MongoTemplate freshTemplate() {
            Assumptions.assumeTrue(Real.DOCKER,
                    "Docker is not available here: the real-MongoDB run of this test is skipped "
                            + "(it runs wherever a Docker engine is reachable)");
            return new MongoTemplate(Real.client(), "db" + COUNTER.incrementAndGet());
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public abstract MongoTemplate freshTemplate();

    public static List<Database> all() {
        return List.of(values());
    }

    private static final class Embedded {
        static final TestMongo SERVER = new TestMongo();
    }

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
