package vn.chidoan.core.kernel.pipeline;

import vn.chidoan.core.kernel.chat.Role;

/**
 * Buttons anyone may press: a press is a request, and the role that counts is the presser's on the
 * object the button is about (its branch, its unit), checked by the action when it runs, not by the
 * pipeline against wherever the button happens to be pressed.
 */
public abstract class RequestButtons implements ButtonAction {
    private final String prefix;

    protected RequestButtons(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public final String prefix() {
        return prefix;
    }

    @Override
    public final Role minRole() {
        return Role.GUEST;
    }
}
