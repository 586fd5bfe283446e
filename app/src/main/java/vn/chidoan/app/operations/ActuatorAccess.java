package vn.chidoan.app.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read {@code /actuator} on the port that serves the webhooks. Health, its probes and info
 * answer everyone, with statuses only; a caller with the management token ({@code Authorization:
 * Bearer <chidoan.management.token>}, compared in constant time) is an operator, to whom the health
 * shows its details ({@code show-details: when-authorized}) and who may read the other endpoints,
 * Prometheus metrics included. Anyone else gets 401 there. A separate management port is not behind
 * this filter: it is for networks that only monitoring reaches.
 */
@Component
@EnableConfigurationProperties(ManagementProperties.class)
class ActuatorAccess extends OncePerRequestFilter {
    static final String PREFIX = "/actuator";
    private static final String BEARER = "Bearer ";
    private static final Principal OPERATOR = () -> "operator";

    private final byte[] token;

    ActuatorAccess(ManagementProperties properties) {
        this.token = properties.hasToken() ? properties.token().getBytes(StandardCharsets.UTF_8) : null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals(PREFIX) || path.startsWith(PREFIX + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (operator(request)) {
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public Principal getUserPrincipal() {
                    return OPERATOR;
                }

                @Override
                public boolean isUserInRole(String role) {
                    return true;
                }
            }, response);
        } else if (open(request.getRequestURI())) {
            chain.doFilter(request, response);
        } else {
            response.setHeader("WWW-Authenticate", "Bearer");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }

    private boolean operator(HttpServletRequest request) {
        String given = request.getHeader("Authorization");
        return token != null && given != null && given.startsWith(BEARER)
                && MessageDigest.isEqual(token, given.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
    }

    /** What answers everyone: health with its probes (statuses only) and info. */
    private static boolean open(String path) {
        return path.equals(PREFIX + "/health") || path.startsWith(PREFIX + "/health/") || path.equals(PREFIX + "/info");
    }
}
