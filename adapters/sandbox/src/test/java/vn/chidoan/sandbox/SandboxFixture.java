package vn.chidoan.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.inbound.InboundGateway;
import vn.chidoan.core.kernel.outbox.chats.ChatStates;
import vn.chidoan.core.kernel.personal.PersonalDataStores;
import vn.chidoan.core.kernel.personal.PersonalProperties;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.testing.EventBus;
import vn.chidoan.core.testing.MutableClock;

/**
 * The sandbox on a test database with the real core services it reads (members, organisation), a
 * gateway that records what it is handed, and the sender the outbox would call.
 */
final class SandboxFixture {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    final EventBus events = new EventBus();
    final MongoTemplate mongo;
    final SandboxStores stores;
    final Members members;
    final Organisation org;
    final List<Accepted> accepted = new ArrayList<>();
    final Sandbox sandbox;
    final SandboxSender sender;

    record Accepted(Platform platform, String key, String lane, String payload) {
        Inbound decoded() {
            return new SandboxDecoder().decode(payload).get(0);
        }
    }

    SandboxFixture(MongoTemplate mongo) {
        this.mongo = mongo;
        this.stores = SandboxStores.on(mongo, clock);
        this.org = new Organisation(mongo, clock, events, List.of(new SandboxDeepLinks()), new ChatStates(mongo));
        this.members = new Members(mongo, clock, events, org,
                new PersonalDataStores(mongo, clock, List::of, PersonalProperties.defaults()));
        InboundGateway gateway = (platform, key, lane, payload) -> {
            accepted.add(new Accepted(platform, key, lane, payload));
            return InboundGateway.Acceptance.ACCEPTED;
        };
        this.sandbox = new Sandbox(stores, new PersonaRoles(members, org), gateway,
                new DemoDataset(Dataset.load().demo(), stores, org, members));
        this.sender = new SandboxSender(stores.log(), stores.files());
    }

    Persona persona(String id, String name) {
        return stores.personas().ensure(id, name);
    }

    Accepted last() {
        return accepted.get(accepted.size() - 1);
    }
}
