package vn.chidoan.sandbox;

import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The sandbox's own collections, on the sandbox's database. */
record SandboxStores(Counters counters, PersonaStore personas, GroupStore groups, MessageLog log, FileStore files,
        PrivacyMode privacy) {

    static SandboxStores on(MongoTemplate mongo, Clock clock) {
        Counters counters = new Counters(mongo);
        return new SandboxStores(counters, new PersonaStore(mongo, counters), new GroupStore(mongo, counters),
                new MessageLog(mongo, counters, clock), new FileStore(mongo, counters), new PrivacyMode(mongo));
    }
}
