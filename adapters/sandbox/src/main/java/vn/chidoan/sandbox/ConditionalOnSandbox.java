package vn.chidoan.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Active when the sandbox is on: {@code chidoan.sandbox.enabled} when it has a value, otherwise on
 * exactly when no chat platform has a token (so a fresh clone has something to talk to, and a real
 * deployment does not grow a page nobody asked for).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(ConditionalOnSandbox.On.class)
public @interface ConditionalOnSandbox {

    final class On implements Condition {
        static final String ENABLED = "chidoan.sandbox.enabled";
        private static final String[] PLATFORM_TOKENS = {"chidoan.telegram.token", "chidoan.messenger.page-token"};

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return enabled(context.getEnvironment());
        }

        public static boolean enabled(PropertyResolver properties) {
            String explicit = properties.getProperty(ENABLED);
            if (explicit != null && !explicit.isBlank()) {
                return Boolean.parseBoolean(explicit.strip());
            }
            for (String token : PLATFORM_TOKENS) {
                String value = properties.getProperty(token);
                if (value != null && !value.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
