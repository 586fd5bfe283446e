package vn.chidoan.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chidoan.sandbox.SandboxProperties;

class SandboxAnnouncementTest {

    @Test
    void theLogLineGivesTheUrlWhoMayOpenItAndWhereItsDataLives() {
        assertThat(SandboxAnnouncement.describe(8080, new SandboxProperties(null, false, false), "embedded x"))
                .startsWith("Sandbox: on at http://localhost:8080/sandbox/")
                .contains("answers only on this machine", "chidoan.sandbox.allow-remote=true", "its own database: embedded x",
                        "demo dataset: off (chidoan.sandbox.demo=true adds one)");
        assertThat(SandboxAnnouncement.describe(9090, new SandboxProperties(true, true, true), "db"))
                .contains("http://localhost:9090/sandbox/", "open to other machines", "demo dataset: on");
    }
}
