package vn.chidoan.core.features.poll;

import java.time.Instant;
import java.util.List;

/** A poll as its creator typed it, before it is stored. */
record PollSpec(String question, List<String> options, boolean multiple, boolean anonymous, Instant deadline) {
    PollSpec {
        options = List.copyOf(options);
    }
}
