package vn.chidoan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ConditionalOnSandboxTest {

    private static boolean on(String... properties) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < properties.length; i += 2) {
            environment.setProperty(properties[i], properties[i + 1]);
        }
        return ConditionalOnSandbox.On.enabled(environment);
    }

    @Test
    void onWhenNoPlatformIsConfigured() {
        assertThat(on()).isTrue();
        assertThat(on("chidoan.telegram.token", " ", "chidoan.messenger.page-token", "")).isTrue();
    }

    @Test
    void offWhenAPlatformIsConfiguredUnlessAskedFor() {
        assertThat(on("chidoan.telegram.token", "123:abc")).isFalse();
        assertThat(on("chidoan.messenger.page-token", "EAAB")).isFalse();
        assertThat(on("chidoan.telegram.token", "123:abc", "chidoan.sandbox.enabled", "true")).isTrue();
    }

    @Test
    void offWhenSwitchedOffEvenWithoutPlatforms() {
        assertThat(on("chidoan.sandbox.enabled", "false")).isFalse();
    }
}
