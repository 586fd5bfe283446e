package vn.chidoan.core.kernel.chat;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * A condition that holds when a property has a non-blank value, for switching an adapter on by its
 * credential: unlike a bare property check, an empty value (an unset environment variable in a
 * compose file) keeps the adapter off.
 */
public abstract class PropertyHasText implements Condition {
    private final String property;

    protected PropertyHasText(String property) {
        this.property = property;
    }

    @Override
    public final boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String value = context.getEnvironment().getProperty(property);
        return value != null && !value.isBlank();
    }
}
