package vn.chidoan.core.kernel.pipeline;

import vn.chidoan.core.kernel.chat.*;

/**
 * A bot command: one declaration and one handler. The pipeline has already checked place, role and
 * the presence of arguments when {@link #handle} runs; the handler parses its arguments and throws
 * {@link BadInput} for what it cannot read.
 */
public interface Command {
    CommandSpec spec();

    void handle(CommandContext ctx);
}
