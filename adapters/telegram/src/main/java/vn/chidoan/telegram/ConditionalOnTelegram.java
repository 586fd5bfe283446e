package vn.chidoan.telegram;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;
import vn.chidoan.core.kernel.chat.PropertyHasText;

/**
 * Active only when {@code chidoan.telegram.token} has a value. Unlike a bare property check, an empty
 * value (an unset environment variable in a compose file) keeps Telegram off.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(ConditionalOnTelegram.TokenSet.class)
@interface ConditionalOnTelegram {

    final class TokenSet extends PropertyHasText {
        public TokenSet() {
            super("chidoan.telegram.token");
        }
    }
}
