package vn.chidoan.core.kernel.personal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the personal-data settings, whether or not the app scans for properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalProperties.class)
class PersonalConfiguration {
}
