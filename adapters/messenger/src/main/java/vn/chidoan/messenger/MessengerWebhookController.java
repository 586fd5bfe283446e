package vn.chidoan.messenger;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.inbound.BoundedBody;
import vn.chidoan.core.kernel.inbound.InboundGateway;

/**
 * {@code /messenger/webhook}. {@code GET} answers Facebook's verification: the challenge when the mode
 * is {@code subscribe} and the verify token matches, 403 otherwise. {@code POST} refuses a call without
 * {@code X-Hub-Signature-256} before reading it (401), reads a body of at most {@value #MAX_BODY} bytes
 * (413 beyond), checks the signature over the raw bytes (403 when wrong; nothing stored either way),
 * then stores each event of the batch durably under its own key and answers 200; replays are answered
 * the same. A journal failure or a saturated instance answers 503, so Facebook sends the batch again
 * (the events already stored are then replays).
 */
@RestController
@ConditionalOnMessenger
class MessengerWebhookController {
    static final String PATH = "/messenger/webhook";
    /** A batch holds at most a few hundred events of at most 2,000 characters of text each. */
    static final int MAX_BODY = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(MessengerWebhookController.class);

    private final WebhookSignature signature;
    private final byte[] verifyToken;
    private final InboundGateway gateway;

    @Autowired
    MessengerWebhookController(MessengerProperties properties, InboundGateway gateway) {
        this(properties.appSecret(), properties.verifyToken(), gateway);
    }

    MessengerWebhookController(String appSecret, String verifyToken, InboundGateway gateway) {
        if (MessengerProperties.blank(appSecret) || MessengerProperties.blank(verifyToken)) {
            throw new IllegalStateException("chidoan.messenger.app-secret and chidoan.messenger.verify-token must be set"
                    + " when chidoan.messenger.page-token is");
        }
        this.signature = new WebhookSignature(appSecret);
        this.verifyToken = verifyToken.getBytes(StandardCharsets.UTF_8);
        this.gateway = gateway;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        boolean tokenMatches = token != null
                && MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !tokenMatches || challenge == null) {
            log.warn("Messenger webhook: refused a verification without the right mode and token");
            return ResponseEntity.status(403).build();
        }
        log.info("Messenger webhook: verified by Facebook");
        return ResponseEntity.ok(challenge);
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestHeader(name = WebhookSignature.HEADER, required = false) String signed,
            HttpServletRequest request) throws IOException {
        if (signed == null) {
            log.warn("Messenger webhook: refused a call without {}", WebhookSignature.HEADER);
            return ResponseEntity.status(401).build();
        }
        Optional<byte[]> read = BoundedBody.read(request.getInputStream(), request.getContentLengthLong(), MAX_BODY);
        if (read.isEmpty()) {
            log.warn("Messenger webhook: refused a body over {} bytes", MAX_BODY);
            return ResponseEntity.status(413).build();
        }
        byte[] body = read.get();
        if (!signature.matches(signed, body)) {
            log.warn("Messenger webhook: refused a call whose {} does not match its body", WebhookSignature.HEADER);
            return ResponseEntity.status(403).build();
        }
        List<WebhookEvents.Event> events = WebhookEvents.of(new String(body, StandardCharsets.UTF_8));
        if (events == null) {
            log.warn("Messenger webhook: refused a signed body that is no Page event batch ({} bytes)", body.length);
            return ResponseEntity.badRequest().build();
        }
        for (WebhookEvents.Event event : events) {
            try {
                InboundGateway.Acceptance acceptance = gateway.accept(Platform.MESSENGER, event.key(), event.lane(),
                        event.payload());
                log.debug("Messenger webhook: {} {}", event.key(), acceptance);
                if (acceptance == InboundGateway.Acceptance.BUSY) {
                    return ResponseEntity.status(503).build(); // the gateway says so, once in a while
                }
            } catch (RuntimeException e) {
                log.error("Messenger webhook: could not store {}; Facebook will resend the batch: {}", event.key(),
                        e.toString());
                return ResponseEntity.status(503).build();
            }
        }
        return ResponseEntity.ok().build();
    }
}
