package vn.chidoan.telegram;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.inbound.BoundedBody;
import vn.chidoan.core.kernel.inbound.InboundGateway;

/**
 * {@code POST /telegram/webhook}: checks Telegram's secret header in constant time before reading
 * anything else, reads a body of at most {@value #MAX_BODY} bytes (413 beyond: an update is a few
 * kilobytes), hands it to the inbound journal under the update's key and answers once it is stored
 * durably. A duplicate is answered like a new update so Telegram stops resending it; a journal failure
 * or a saturated instance answers 503 so Telegram resends it later.
 *
 * <p>A plain servlet registered on its path, not a Spring MVC handler: the endpoint reads one header
 * and the body and answers with a status, and under a flood of updates the MVC dispatch around it
 * (handler lookup, argument resolution, message converters) cost about a quarter of the request
 * thread's CPU. The servlet filters (metrics, encoding) still apply.
 */
@Component
@ConditionalOnTelegram
@ConditionalOnProperty(prefix = "chidoan.telegram", name = "mode", havingValue = "webhook")
class TelegramWebhookServlet extends ServletRegistrationBean<HttpServlet> {
    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Far above any update (a 4,096-character text with a replied-to message and entities). */
    static final int MAX_BODY = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookServlet.class);

    @Autowired
    TelegramWebhookServlet(TelegramProperties properties, InboundGateway gateway) {
        this(properties.webhookSecret(), gateway);
    }

    TelegramWebhookServlet(String secret, InboundGateway gateway) {
        super(new Endpoint(secret, gateway), PATH);
        setName("telegramWebhook");
    }

    private static final class Endpoint extends HttpServlet {
        private final transient byte[] secret;
        private final transient InboundGateway gateway;

        Endpoint(String secret, InboundGateway gateway) {
            if (TelegramProperties.blank(secret)) {
                throw new IllegalStateException("chidoan.telegram.webhook-secret must be set in webhook mode");
            }
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
            this.gateway = gateway;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String given = request.getHeader(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                log.warn("Telegram webhook: refused a request without the right secret");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            Optional<byte[]> body = BoundedBody.read(request.getInputStream(), request.getContentLengthLong(), MAX_BODY);
            if (body.isEmpty()) {
                log.warn("Telegram webhook: refused a body over {} bytes", MAX_BODY);
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            response.setStatus(receive(body.get()));
        }

        private int receive(byte[] body) {
            UpdateEnvelope envelope = UpdateEnvelope.of(body);
            if (envelope == null) {
                log.warn("Telegram webhook: refused a body that is no update ({} bytes)", body.length);
                return HttpServletResponse.SC_BAD_REQUEST;
            }
            try {
                InboundGateway.Acceptance acceptance = envelope.handTo(gateway, new String(body, StandardCharsets.UTF_8));
                log.debug("Telegram webhook: {} {}", envelope.key(), acceptance);
                if (acceptance == InboundGateway.Acceptance.BUSY) {
                    return HttpServletResponse.SC_SERVICE_UNAVAILABLE; // the gateway says so, once in a while
                }
                return HttpServletResponse.SC_OK;
            } catch (RuntimeException e) {
                log.error("Telegram webhook: could not store {}; Telegram will resend it: {}", envelope.key(),
                        e.toString());
                return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            }
        }
    }
}
