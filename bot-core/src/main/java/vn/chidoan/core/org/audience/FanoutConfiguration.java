package vn.chidoan.core.org.audience;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the fan-out settings, so fan-outs work whether or not the app scans for properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FanoutProperties.class)
class FanoutConfiguration {
}
