package vn.chidoan.messenger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;
import vn.chidoan.core.kernel.chat.PropertyHasText;

/**
 * Active only when {@code chidoan.messenger.page-token} has a value; an empty value (an unset
 * environment variable in a compose file) keeps Messenger off.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(ConditionalOnMessenger.PageTokenSet.class)
@interface ConditionalOnMessenger {

    final class PageTokenSet extends PropertyHasText {
        public PageTokenSet() {
            super("chidoan.messenger.page-token");
        }
    }
}
