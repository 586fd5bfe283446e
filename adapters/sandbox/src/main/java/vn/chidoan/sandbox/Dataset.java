package vn.chidoan.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's Vietnamese data, kept out of Java in {@code sandbox/dataset.json}: the admin persona's
 * name and the demo province (units, and the name parts people's names are drawn from).
 */
record Dataset(String admin, Demo demo) {
    static final String RESOURCE = "sandbox/dataset.json";

    record Demo(String province, List<District> districts, int membersPerBranch, Names names) {
    }

    record District(String name, List<Grassroots> grassroots) {
    }

    record Grassroots(String name, List<String> branches) {
    }

    /** Name parts by gender ({@code male}, {@code female}); a full name is surname, middle, given. */
    record Names(List<String> surnames, Map<String, List<String>> middle, Map<String, List<String>> given) {
    }

    static Dataset load() {
        try (InputStream in = Dataset.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return SandboxDecoder.JSON.readValue(in, Dataset.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
