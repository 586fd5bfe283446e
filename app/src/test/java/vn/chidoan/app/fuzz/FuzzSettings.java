package vn.chidoan.app.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * {@code -Dfuzz.seed=<seed>} replays a run, {@code -Dfuzz.tries=<n>} changes how many batches are sent;
 * after each property the seed it ran with is printed ({@code FUZZ …}), so a failing run can be
 * replayed exactly.
 */
final class FuzzSettings implements AroundPropertyHook {

    /** Declared on the test class, for each of its properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.DIRECT_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String seed = System.getProperty("fuzz.seed");
        if (seed != null && !seed.isBlank()) {
            context.attributes().setSeed(seed);
        }
        Integer tries = Integer.getInteger("fuzz.tries");
        if (tries != null) {
            context.attributes().setTries(tries);
        }
        PropertyExecutionResult result = property.execute();
        String used = result.seed().orElse("?");
        System.out.printf("FUZZ %s: %s with seed %s (replay: -Dfuzz.seed=%s)%n", context.label(), result.status(),
                used, used);
        return result;
    }
}
