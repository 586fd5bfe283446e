package vn.chidoan.core.org.unit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the organisation feature's configuration properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BootstrapProperties.class, CodeProperties.class})
class OrgConfiguration {
}
