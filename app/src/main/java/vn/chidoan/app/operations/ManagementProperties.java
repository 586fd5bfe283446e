package vn.chidoan.app.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chidoan.management.token}: the bearer token a monitoring system sends to read the health
 * details and the metrics on the app's own port ({@code Authorization: Bearer <token>}). Unset: they
 * are served to nobody there (a separate management port, {@code management.server.port}, serves them
 * instead, to whoever can reach it).
 */
@ConfigurationProperties("chidoan.management")
record ManagementProperties(String token) {

    boolean hasToken() {
        return token != null && !token.isBlank();
    }
}
