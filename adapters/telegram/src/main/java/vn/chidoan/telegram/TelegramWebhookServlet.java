package vn.chidoan.telegram;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.inbound.InboundGateway;

/**
 * {@code POST /telegram/webhook}: checks Telegram's secret header in constant time, hands the raw body
 * to the inbound journal under the update's key and answers at once. A duplicate is answered like a
 * new update so Telegram stops resending it; a journal failure answers 503 so Telegram resends.
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
            response.setStatus(receive(request.getHeader(SECRET_HEADER), request.getInputStream().readAllBytes()));
        }

        private int receive(String given, byte[] body) {
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                log.warn("Telegram webhook: refused a request without the right secret");
                return HttpServletResponse.SC_UNAUTHORIZED;
            }
            UpdateEnvelope envelope = UpdateEnvelope.of(TelegramJson.treeOrNull(body));
            if (envelope == null) {
                log.warn("Telegram webhook: refused a body that is no update ({} bytes)", body.length);
                return HttpServletResponse.SC_BAD_REQUEST;
            }
            try {
                InboundGateway.Acceptance acceptance = envelope.handTo(gateway, new String(body, StandardCharsets.UTF_8));
                log.debug("Telegram webhook: {} {}", envelope.key(), acceptance);
                return HttpServletResponse.SC_OK;
            } catch (RuntimeException e) {
                log.error("Telegram webhook: could not store {}; Telegram will resend it: {}", envelope.key(),
                        e.toString());
                return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            }
        }
    }
}
