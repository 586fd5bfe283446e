package vn.chidoan.core.org.unit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.chidoan.core.kernel.chat.UserRef;

/**
 * {@code chidoan.bootstrap.admins}: the system admins as {@code telegram:<user id>} /
 * {@code messenger:<psid>}, comma-separated. An admin with no tree yet creates its root.
 */
@ConfigurationProperties("chidoan.bootstrap")
public record BootstrapProperties(List<String> admins) {

    public BootstrapProperties {
        admins = admins == null ? List.of() : admins.stream().map(String::strip).filter(a -> !a.isEmpty())
                .map(BootstrapProperties::account).toList();
    }

    public Set<String> adminKeys() {
        return admins.stream().collect(Collectors.toUnmodifiableSet());
    }

    private static String account(String configured) {
        try {
            return UserRef.parse(configured).key();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("chidoan.bootstrap.admins: expected telegram:<user id> or "
                    + "messenger:<psid>, got '" + configured + "'", e);
        }
    }
}
