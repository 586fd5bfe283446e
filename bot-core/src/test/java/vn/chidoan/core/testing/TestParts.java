package vn.chidoan.core.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.event.EventListener;

/**
 * A test's own additions to a {@link CoreContext}: properties, beans made by the context (classes),
 * ready-made beans (instances) and anything else done to the context before it starts. Contexts with
 * the same additions are made once per run: a ready-made bean is registered as a stand-in (a proxy of
 * its interfaces) that the next test points at its own instance, which usually holds that test's state.
 * A bean with no interface or with {@code @EventListener} methods cannot stand in like that, nor can
 * arbitrary changes to the context be compared, so those give each test a context of its own.
 */
final class TestParts {
    private final Map<String, Object> properties = new TreeMap<>();
    private final List<Object> parts = new ArrayList<>();
    private final List<Consumer<AnnotationConfigApplicationContext>> changes = new ArrayList<>();

    void property(String key, Object value) {
        properties.put(key, value);
    }

    /** A bean: a class for the context to make, or a ready-made instance. */
    void bean(Object part) {
        parts.add(part);
    }

    void change(Consumer<AnnotationConfigApplicationContext> change) {
        changes.add(change);
    }

    Map<String, Object> properties() {
        return properties;
    }

    /** Whether a context with these parts can serve every test that asks for the same parts. */
    boolean reusable() {
        return changes.isEmpty() && parts.stream().allMatch(p -> p instanceof Class<?> || canStandIn(p.getClass()));
    }

    /** What makes two tests' parts the same: the properties and each part's class. */
    List<Object> key() {
        List<Object> key = new ArrayList<>(List.of(properties));
        parts.forEach(p -> key.add(p instanceof Class<?> type ? type : p.getClass()));
        return key;
    }

    /** Registers the parts; returns the stand-ins, in order, for {@link #pointAt}. */
    List<StandIn> registerOn(AnnotationConfigApplicationContext context) {
        List<StandIn> standIns = new ArrayList<>();
        int count = 0;
        for (Object part : parts) {
            String name = "testPart" + ++count;
            if (part instanceof Class<?> type) {
                context.registerBean(name, type);
            } else if (reusable()) {
                StandIn standIn = new StandIn(part);
                standIns.add(standIn);
                Object proxy = Proxy.newProxyInstance(part.getClass().getClassLoader(),
                        part.getClass().getInterfaces(), standIn);
                register(context, name, proxy);
            } else {
                register(context, name, part);
            }
        }
        changes.forEach(change -> change.accept(context));
        return standIns;
    }

    /** Points the stand-ins of a context made for the same parts at this test's instances. */
    void pointAt(List<StandIn> standIns) {
        List<Object> instances = parts.stream().filter(p -> !(p instanceof Class<?>)).toList();
        for (int i = 0; i < instances.size(); i++) {
            standIns.get(i).target = instances.get(i);
        }
    }

    @SuppressWarnings("unchecked")
    private static void register(AnnotationConfigApplicationContext context, String name, Object bean) {
        context.registerBean(name, (Class<Object>) bean.getClass(), () -> bean);
    }

    private static boolean canStandIn(Class<?> type) {
        return type.getInterfaces().length > 0 && Arrays.stream(type.getMethods())
                .noneMatch(m -> m.isAnnotationPresent(EventListener.class));
    }

    /** Hands every call to the current test's instance. */
    static final class StandIn implements InvocationHandler {
        private volatile Object target;

        private StandIn(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
