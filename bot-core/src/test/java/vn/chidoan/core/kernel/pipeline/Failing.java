package vn.chidoan.core.kernel.pipeline;

import vn.chidoan.core.kernel.chat.Role;

/** Parts that fail on purpose. */
final class Failing {
    private Failing() {
    }

    static final class Command implements vn.chidoan.core.kernel.pipeline.Command {
        @Override
        public CommandSpec spec() {
            return CommandSpec.command("hong").build();
        }

        @Override
        public void handle(CommandContext ctx) {
            throw new IllegalStateException("broken on purpose");
        }
    }

    static final class Button implements ButtonAction {
        @Override
        public String prefix() {
            return "hong";
        }

        @Override
        public Role minRole() {
            return Role.GUEST;
        }

        @Override
        public void handle(ButtonContext ctx) {
            throw new IllegalStateException("broken on purpose");
        }
    }
}
