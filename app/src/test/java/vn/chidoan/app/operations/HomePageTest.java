package vn.chidoan.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.PlatformStatus;

/** The app's own address, without the sandbox (with it, {@code ChidoanApplicationTest} follows it there). */
class HomePageTest {

    @Test
    void withoutTheSandboxTheAppsAddressNamesTheHealthAndWebhookAddressesInVietnameseThenEnglish()
            throws IOException {
        ResponseEntity<Resource> home = withPlatformsOn(Platform.TELEGRAM).home();

        assertThat(home.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(home.getHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
        String page = home.getBody().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/actuator/health", "POST /telegram/webhook", "/messenger/webhook",
                "CHIDOAN_SANDBOX_ENABLED=true");
        assertThat(page.indexOf("Chi Đoàn Số đang chạy")).as("Vietnamese first")
                .isPositive().isLessThan(page.indexOf("Chi Đoàn Số is running"));
    }

    @Test
    void withTheSandboxOnTheAppsAddressLeadsToIt() {
        ResponseEntity<Resource> home = withPlatformsOn(Platform.SANDBOX).home();

        assertThat(home.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(home.getHeaders().getFirst(HttpHeaders.LOCATION)).isEqualTo("/sandbox/");
    }

    private static HomePage withPlatformsOn(Platform platform) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("status", new PlatformStatus() {
            @Override
            public Platform platform() {
                return platform;
            }

            @Override
            public boolean reachable() {
                return true;
            }

            @Override
            public String detail() {
                return "test";
            }
        });
        return new HomePage(beans.getBeanProvider(PlatformStatus.class));
    }
}
