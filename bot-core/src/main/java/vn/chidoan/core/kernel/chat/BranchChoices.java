package vn.chidoan.core.kernel.chat;

import java.util.List;

/** Port: the branches someone may act on, to pick one from. Implemented by the organisation. */
public interface BranchChoices {

    /** A branch to choose, by its name. */
    record Choice(UnitId id, String name) {
    }

    /** One page of choices (from 0) and how many there are in all. */
    record Page(List<Choice> choices, int page, int pages, int total) {
        public Page {
            choices = List.copyOf(choices);
        }
    }

    /**
     * The branches where the caller holds {@code least} or more now (their memberships with that role,
     * every branch below a unit they lead, every branch for an admin) whose names contain
     * {@code search} in any case, with or without diacritics; by name, {@code size} to a page.
     */
    Page choices(Caller caller, Role least, String search, int page, int size);
}
