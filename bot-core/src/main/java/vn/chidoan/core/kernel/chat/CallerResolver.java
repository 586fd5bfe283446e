package vn.chidoan.core.kernel.chat;

/** Port: works out who a speaker is and what role they hold in a chat. Implemented by org. */
public interface CallerResolver {
    Caller resolve(ChatRef chat, ChatKind kind, Speaker speaker);
}
