package vn.chidoan.app.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no {@code chidoan.mongodb.uri} is configured: the app runs on its embedded database. */
final class EmbeddedDatabase implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String uri = context.getEnvironment().getProperty("chidoan.mongodb.uri");
        return uri == null || uri.isBlank();
    }
}
