package vn.chidoan.sandbox;

import java.time.Clock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.inbound.InboundDecoder;
import vn.chidoan.core.kernel.inbound.InboundGateway;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.kernel.outbox.PlatformSender;

/**
 * The sandbox platform's beans, for the sandbox's own application context (next to the core, on the
 * sandbox's database). Deliberately not a {@code @Configuration}: the app's component scan must never
 * put a sandbox decoder, sender or deep link next to the real platforms; the app registers this
 * class in the sandbox's context only.
 */
public class SandboxPlatform {

    @Bean
    SandboxStores sandboxStores(MongoTemplate mongo, Clock clock) {
        return SandboxStores.on(mongo, clock);
    }

    @Bean
    InboundDecoder sandboxDecoder() {
        return new SandboxDecoder();
    }

    @Bean
    PlatformSender sandboxSender(SandboxStores stores) {
        return new SandboxSender(stores.log(), stores.files());
    }

    @Bean
    SandboxFiles sandboxFiles(SandboxStores stores) {
        return new SandboxFiles(stores.files());
    }

    @Bean
    DeepLinks sandboxDeepLinks() {
        return new SandboxDeepLinks();
    }

    @Bean
    DemoDataset sandboxDemo(SandboxStores stores, Members members, Organisation org) {
        return new DemoDataset(Dataset.load().demo(), stores, org, members);
    }

    @Bean
    Sandbox sandbox(SandboxStores stores, Members members, Organisation org, InboundGateway gateway,
            DemoDataset demo) {
        return new Sandbox(stores, new PersonaRoles(members, org), gateway, demo);
    }

    /** Once every bean exists, before the workers start: the admin persona, and the demo when asked for. */
    @Bean
    SmartInitializingSingleton sandboxSeed(SandboxStores stores, DemoDataset demo, SandboxProperties properties) {
        return () -> {
            stores.personas().ensure(Persona.ADMIN_ID, Dataset.load().admin());
            if (properties.demo()) {
                demo.ensure();
            }
        };
    }
}
