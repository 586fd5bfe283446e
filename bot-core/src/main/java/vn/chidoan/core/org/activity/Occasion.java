package vn.chidoan.core.org.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One dated thing a branch did (a meeting), named as its members know it, with its own figures. */
public record Occasion(LocalDate day, String title, List<Figure> figures) {
    public Occasion {
        Objects.requireNonNull(day, "day");
        figures = List.copyOf(figures);
    }
}
