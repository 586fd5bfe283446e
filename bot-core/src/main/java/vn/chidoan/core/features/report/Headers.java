package vn.chidoan.core.features.report;

import java.util.Arrays;
import java.util.List;

/** A sheet's header row from one template, its columns separated by {@code |}. */
final class Headers {
    private Headers() {
    }

    static List<String> of(Labels labels, String key) {
        return Arrays.stream(labels.text(key).split("\\|")).map(String::strip).toList();
    }
}
