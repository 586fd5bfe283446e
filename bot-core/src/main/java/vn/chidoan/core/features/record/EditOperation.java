package vn.chidoan.core.features.record;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.Replies;

/** "Sửa thông tin" on a card: the BCH corrects a field of the record ({@link EditFlow}). */
@Component
class EditOperation implements RecordOperation {
    private final Conversations conversations;

    EditOperation(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public String key() {
        return "edit";
    }

    @Override
    public Role least() {
        return Role.BCH;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean onSelf() {
        return true;
    }

    @Override
    public void start(RecordTarget target, Replies replies) {
        EditFlow.chooseField(conversations, target, replies);
    }
}
