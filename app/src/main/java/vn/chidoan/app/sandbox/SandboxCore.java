package vn.chidoan.app.sandbox;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * What the sandbox's context scans: the core, as the app does, except reminders — their triggers
 * live in the Quartz scheduler of the app's own context, which the sandbox deliberately does not
 * share; reminders in the sandbox need a scheduler of its own (not built yet). Deliberately not a
 * {@code @Configuration}, so the app's own scan does not take it in a second time.
 */
@ComponentScan(value = SandboxCore.CORE, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "vn\\.chidoan\\.core\\.reminder\\..*"))
@ConfigurationPropertiesScan(SandboxCore.CORE)
class SandboxCore {
    static final String CORE = "vn.chidoan.core";
}
