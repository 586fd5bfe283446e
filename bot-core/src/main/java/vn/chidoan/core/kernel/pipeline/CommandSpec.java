package vn.chidoan.core.kernel.pipeline;

import vn.chidoan.core.kernel.chat.*;

import java.util.List;

/**
 * One command, declared: its name (lowercase ASCII, the product's public interface), aliases, the
 * least role that may run it, where it may run, whether it needs arguments, whether it acts on one
 * branch ({@code onBranch}: the group's, or in a private chat one the speaker picks), and the template
 * keys of its help line and usage example.
 *
 * @param listedFrom the least role whose help and command menus list it: its {@code minRole} unless the
 *                   command is for a role it cannot check up front ({@code /lienket} runs for anyone
 *                   holding a branch's code, but only a secretary has one)
 */
public record CommandSpec(String name, List<String> aliases, Role minRole, Place place, Arguments arguments,
        boolean onBranch, String helpKey, String usageKey, Role listedFrom) {

    public enum Arguments {
        NONE, OPTIONAL, REQUIRED
    }

    public CommandSpec {
        aliases = List.copyOf(aliases);
    }

    public static Builder command(String name) {
        return new Builder(name);
    }

    public boolean answersTo(String word) {
        return name.equals(word) || aliases.contains(word);
    }

    public static final class Builder {
        private final String name;
        private List<String> aliases = List.of();
        private Role minRole = Role.GUEST;
        private Place place = Place.ANYWHERE;
        private Arguments arguments = Arguments.NONE;
        private boolean onBranch;
        private Role listedFrom;

        private Builder(String name) {
            this.name = name;
        }

        public Builder aliases(String... names) {
            this.aliases = List.of(names);
            return this;
        }

        public Builder minRole(Role role) {
            this.minRole = role;
            return this;
        }

        public Builder place(Place where) {
            this.place = where;
            return this;
        }

        public Builder arguments(Arguments args) {
            this.arguments = args;
            return this;
        }

        /**
         * The command acts on one branch (its roster, meetings, settings): in a group on the group's, in
         * a private chat on a branch the speaker picks among those where they hold the role, never on a
         * unit above branches.
         */
        public Builder onBranch() {
            this.onBranch = true;
            return this;
        }

        /** Lists the command in help and menus only for this role and above (default: its least role). */
        public Builder listedFrom(Role role) {
            this.listedFrom = role;
            return this;
        }

        /** Help and usage templates are {@code command.<name>.help} and {@code command.<name>.usage}. */
        public CommandSpec build() {
            return new CommandSpec(name, aliases, minRole, place, arguments, onBranch,
                    "command." + name + ".help", "command." + name + ".usage",
                    listedFrom == null || listedFrom.compareTo(minRole) < 0 ? minRole : listedFrom);
        }
    }
}
