package vn.chidoan.core.features.meeting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the meeting settings, whether or not the app scans for properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MeetingProperties.class)
class MeetingConfiguration {
}
