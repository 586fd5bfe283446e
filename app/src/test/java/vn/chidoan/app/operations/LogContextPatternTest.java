package vn.chidoan.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import vn.chidoan.core.kernel.work.WorkerThreads;

/**
 * The app's log pattern names the core a line comes from: the sandbox's lines start with
 * {@code [sandbox]}, the app's own have no tag (the same pattern is in the tests' logback-test.xml).
 */
class LogContextPatternTest {

    @Test
    void aLineLoggedUnderTheSandboxsContextSaysSandboxAndTheAppsSaysNothingMore() {
        assertThat(format(Map.of(WorkerThreads.CONTEXT, "sandbox"), "inbound: 4 lanes started"))
                .isEqualTo("[sandbox] inbound: 4 lanes started");
        assertThat(format(Map.of(), "inbound: 4 lanes started")).isEqualTo("inbound: 4 lanes started");
    }

    private static String format(Map<String, String> mdc, String message) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String correlation = yaml.getObject().getProperty("logging.pattern.correlation");
        LoggerContext context = new LoggerContext();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(correlation + "%m");
        layout.start();
        LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.INFO, message, null, null);
        event.setMDCPropertyMap(mdc);
        return layout.doLayout(event);
    }
}
