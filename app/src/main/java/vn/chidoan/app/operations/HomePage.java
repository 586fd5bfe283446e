package vn.chidoan.app.operations;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.PlatformStatus;

/**
 * What the app's own address ({@code http://localhost:8080/}) shows, instead of an error: the sandbox
 * when it is on (what someone trying the bot came for), otherwise a short page naming the health and
 * webhook addresses an operator uses.
 */
@RestController
class HomePage {
    static final String SANDBOX = "/sandbox/";
    private final ObjectProvider<PlatformStatus> platforms;

    HomePage(ObjectProvider<PlatformStatus> platforms) {
        this.platforms = platforms;
    }

    @GetMapping("/")
    ResponseEntity<Resource> home() {
        if (platforms.orderedStream().anyMatch(p -> p.platform() == Platform.SANDBOX)) {
            return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, SANDBOX).build();
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(new ClassPathResource("home/index.html"));
    }
}
