package vn.chidoan.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chidoan.sandbox.*}.
 *
 * @param enabled     on or off; unset means on exactly when no chat platform is configured
 * @param demo        create the demo province (units, branches, people, linked groups) at start, once
 * @param allowRemote serve the page to other machines too; by default only loopback callers get it
 */
@ConfigurationProperties("chidoan.sandbox")
public record SandboxProperties(Boolean enabled, boolean demo, boolean allowRemote) {
}
