package vn.chidoan.sandbox.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code /sandbox} requests from other machines with 403 and a page saying why. A request
 * that came through a proxy (it carries forwarding headers) counts as remote even when the proxy is
 * on this machine, since the person behind it may not be; so does one addressed to a name other than
 * a loopback one, which is how a web page elsewhere would reach it through DNS rebinding.
 */
final class LoopbackOnly extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(LoopbackOnly.class);
    private static final List<String> FORWARDING = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");
    private static final byte[] REFUSAL = read("sandbox/forbidden.html");

    private volatile boolean refusedBefore;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (local(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!refusedBefore) {
            refusedBefore = true;
            log.warn("Sandbox: refused a request from {}; it answers only on this machine unless "
                    + "chidoan.sandbox.allow-remote=true", request.getRemoteAddr());
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.getOutputStream().write(REFUSAL);
    }

    static boolean local(HttpServletRequest request) {
        return loopback(request.getRemoteAddr()) && loopbackName(request.getServerName())
                && FORWARDING.stream().noneMatch(h -> request.getHeader(h) != null);
    }

    /** The name the request was addressed to (its Host): localhost or a loopback address. */
    static boolean loopbackName(String host) {
        return host != null && (host.equalsIgnoreCase("localhost") || loopback(host));
    }

    /** A literal address, never looked up: 127.0.0.0/8 and ::1 (also as an IPv4-mapped address). */
    static boolean loopback(String address) {
        if (address == null) {
            return false;
        }
        String plain = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        return plain.startsWith("127.") || plain.startsWith("::ffff:127.") || plain.equals("::1")
                || plain.equals("0:0:0:0:0:0:0:1");
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
