package vn.chidoan.core.kernel.conversation;

import java.time.Duration;
import java.util.Map;
import vn.chidoan.core.kernel.chat.BadInput;

/** Two steps: echoes what it is told with the step's name; "!" is not accepted. */
final class Survey implements Flow<Survey.Step> {
    /** Where the survey stands: step a, or step b with the first answer. */
    record Step(String name, String first) {
    }

    @Override
    public String name() {
        return "survey";
    }

    @Override
    public Class<Step> stateType() {
        return Step.class;
    }

    @Override
    public Duration timeout() {
        return Duration.ofMinutes(10);
    }

    @Override
    public Next<Step> onText(Dialogue<Step> dialogue, String text) {
        if (text.equals("!")) {
            throw new BadInput("test.bad");
        }
        dialogue.replies().say("test.echo", Map.of("step", dialogue.state().name(), "text", text));
        return dialogue.state().name().equals("a") ? Next.go(new Step("b", text)) : Next.end();
    }

    @Override
    public Next<Step> onButton(Dialogue<Step> dialogue, String choice) {
        dialogue.replies().say("test.echo", Map.of("step", dialogue.state().name(), "text", "[" + choice + "]"));
        return Next.stay();
    }
}
