package vn.chidoan.core.kernel.conversation;

import java.util.Map;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.pipeline.Replies;

/** One active dialogue as a {@link Flow} step sees it: who, where it stands, and a way to answer. */
public record Dialogue(Caller caller, String step, Map<String, String> data, Replies replies) {
    public Dialogue {
        data = Map.copyOf(data);
    }
}
