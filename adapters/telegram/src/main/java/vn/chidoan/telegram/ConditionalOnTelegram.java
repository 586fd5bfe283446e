package vn.chidoan.telegram;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Active only when {@code chidoan.telegram.token} has a value. Unlike a bare property check, an empty
 * value (an unset environment variable in a compose file) keeps Telegram off.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(ConditionalOnTelegram.TokenSet.class)
@interface ConditionalOnTelegram {

    final class TokenSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String token = context.getEnvironment().getProperty("chidoan.telegram.token");
            return token != null && !token.isBlank();
        }
    }
}
