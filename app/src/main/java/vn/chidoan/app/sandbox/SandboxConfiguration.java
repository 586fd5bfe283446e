package vn.chidoan.app.sandbox;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import vn.chidoan.app.database.DatabaseProperties;
import vn.chidoan.app.database.MongoEndpoint;
import vn.chidoan.app.database.SandboxDatabase;
import vn.chidoan.core.kernel.chat.PlatformStatus;
import vn.chidoan.sandbox.ConditionalOnSandbox;
import vn.chidoan.sandbox.Sandbox;
import vn.chidoan.sandbox.SandboxProperties;
import vn.chidoan.sandbox.SandboxStatus;

/**
 * While the sandbox is on: starts its context on its own database, and gives the app's context the
 * two things it needs of it, the {@link Sandbox} API for the page and a health component.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandbox
@EnableConfigurationProperties(SandboxProperties.class)
class SandboxConfiguration {

    @Bean(destroyMethod = "close")
    SandboxRuntime sandboxRuntime(DatabaseProperties databases, MongoEndpoint main, Clock clock,
            ConfigurableEnvironment environment, SandboxProperties properties) {
        return SandboxRuntime.start(SandboxDatabase.open(databases, main), clock, environment, properties);
    }

    @Bean(destroyMethod = "")
    Sandbox sandbox(SandboxRuntime runtime) {
        return runtime.sandbox();
    }

    @Bean
    PlatformStatus sandboxStatus(SandboxRuntime runtime) {
        return new SandboxStatus("local page /sandbox/, " + runtime.databaseDescription());
    }

    @Bean
    SandboxAnnouncement sandboxAnnouncement(SandboxRuntime runtime, SandboxProperties properties) {
        return new SandboxAnnouncement(runtime.databaseDescription(), properties);
    }
}
