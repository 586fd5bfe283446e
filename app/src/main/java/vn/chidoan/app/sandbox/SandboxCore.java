package vn.chidoan.app.sandbox;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;

/**
 * What the sandbox's context scans: the whole core, as the app does. Deliberately not a
 * {@code @Configuration}, so the app's own scan does not take it in a second time.
 */
@ComponentScan(SandboxCore.CORE)
@ConfigurationPropertiesScan(SandboxCore.CORE)
class SandboxCore {
    static final String CORE = "vn.chidoan.core";
}
