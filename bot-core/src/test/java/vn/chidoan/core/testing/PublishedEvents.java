package vn.chidoan.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/** Every event the core published in a test's context (Spring's own events left out), in order. */
public final class PublishedEvents implements ApplicationListener<ApplicationEvent> {
    private final List<Object> published = new CopyOnWriteArrayList<>();

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof PayloadApplicationEvent<?> payload) {
            published.add(payload.getPayload());
        }
    }

    public List<Object> published() {
        return List.copyOf(published);
    }

    /** The published events of one type. */
    public <T> List<T> of(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    void clear() {
        published.clear();
    }
}
