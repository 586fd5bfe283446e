package vn.chidoan.core.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

/**
 * Spring's event delivery without a Spring context: a published event goes, synchronously, to every
 * {@link EventListener} method of the registered objects whose parameter accepts it. Every published
 * event is also kept for assertions.
 */
public final class EventBus implements ApplicationEventPublisher {
    private final List<Object> listeners = new CopyOnWriteArrayList<>();
    private final List<Object> published = new CopyOnWriteArrayList<>();

    public void register(Object listener) {
        listeners.add(listener);
    }

    @Override
    public void publishEvent(Object event) {
        published.add(event);
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    invoke(listener, method, event);
                }
            }
        }
    }

    public List<Object> published() {
        return List.copyOf(published);
    }

    private static void invoke(Object listener, Method method, Object event) {
        try {
            method.invoke(listener, event);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
