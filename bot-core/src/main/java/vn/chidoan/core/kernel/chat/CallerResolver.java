package vn.chidoan.core.kernel.chat;

/** Port: works out who a speaker is and what role they hold in a chat. Implemented by org. */
public interface CallerResolver {
    Caller resolve(ChatRef chat, ChatKind kind, Speaker speaker);

    /**
     * The same speaker, as they stand now on {@code unit}: that unit in context and their role there
     * (an officer of a unit above it, their membership's role in it, or GUEST). Rights are checked
     * again with it when a dialogue acts, a picked branch is used, or something is sent later on
     * someone's behalf. A null unit leaves the caller as it is.
     */
    Caller on(Caller caller, UnitId unit);

    /**
     * Someone as they stand now on {@code unit}, from one of their accounts: what is sent later on their
     * behalf (a post's summary at its deadline) asks this at send time. An account that belongs to
     * nobody any more (their data erased) is a guest.
     */
    default Caller onBehalfOf(UserRef account, UnitId unit) {
        Speaker speaker = new Speaker(account, null, null, null);
        return on(resolve(account.privateChat(), ChatKind.PRIVATE, speaker), unit);
    }
}
