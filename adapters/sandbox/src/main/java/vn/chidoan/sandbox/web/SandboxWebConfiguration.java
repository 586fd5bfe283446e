package vn.chidoan.sandbox.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chidoan.sandbox.ConditionalOnSandbox;
import vn.chidoan.sandbox.SandboxProperties;

/**
 * While the sandbox is on: its static page under {@code /sandbox/} (from {@code classpath:/sandbox-web/},
 * so nothing is served while it is off) and the loopback-only guard in front of all of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandbox
@EnableConfigurationProperties(SandboxProperties.class)
class SandboxWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/sandbox/**").addResourceLocations("classpath:/sandbox-web/");
    }

    @Bean
    FilterRegistrationBean<LoopbackOnly> sandboxLoopbackOnly(SandboxProperties properties) {
        FilterRegistrationBean<LoopbackOnly> registration = new FilterRegistrationBean<>(new LoopbackOnly());
        registration.addUrlPatterns("/sandbox", "/sandbox/*");
        registration.setEnabled(!properties.allowRemote());
        registration.setName("sandboxLoopbackOnly");
        return registration;
    }
}
