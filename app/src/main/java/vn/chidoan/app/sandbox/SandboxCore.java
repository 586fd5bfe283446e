package vn.chidoan.app.sandbox;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;

/**
 * What the sandbox's context scans: the core and the scheduler, as the app does, with a Quartz
 * scheduler of its own ({@link SandboxScheduler}), so reminders made in the sandbox fire to sandbox
 * chats from the sandbox's database and never mix with the app's. Deliberately not a
 * {@code @Configuration}, so the app's own scan does not take it in a second time.
 */
@ComponentScan({SandboxCore.CORE, SandboxCore.SCHEDULER})
@ConfigurationPropertiesScan(SandboxCore.CORE)
class SandboxCore {
    static final String CORE = "vn.chidoan.core";
    static final String SCHEDULER = "vn.chidoan.scheduler";
}
