package vn.chidoan.core.kernel.pipeline;

import vn.chidoan.core.kernel.chat.*;

/**
 * What a button means. Button data is {@code <prefix>:<opaque args>}; the pipeline finds the action
 * by prefix and re-checks {@link #minRole()} against the presser before {@link #handle} runs.
 */
public interface ButtonAction {
    String prefix();

    Role minRole();

    void handle(ButtonContext ctx);
}
