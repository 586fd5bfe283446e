package vn.chidoan.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class SandboxRuntimeTest {

    @Test
    void theSandboxReadsTheAppsSettingsButItsAdminIsTheAdminPersona() {
        StandardEnvironment app = new StandardEnvironment();
        app.getPropertySources().addFirst(new MapPropertySource("app", Map.of(
                "chidoan.bootstrap.admins", "telegram:42", "chidoan.outbox.max-attempts", "7")));

        StandardEnvironment sandbox = SandboxRuntime.environment(app);

        assertThat(sandbox.getProperty("chidoan.bootstrap.admins")).isEqualTo("sandbox:admin");
        assertThat(sandbox.getProperty("chidoan.outbox.max-attempts")).isEqualTo("7");
        assertThat(app.getProperty("chidoan.bootstrap.admins")).as("the app's own setting is untouched")
                .isEqualTo("telegram:42");
    }
}
