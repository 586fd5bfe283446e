package vn.chidoan.core.features.fee;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.text.DateInput;

/**
 * The banks a VietQR code can name, from {@code napas-banks.csv} (its header says where the list comes
 * from): found by BIN, by code or short name ({@code VCB}, {@code Vietcombank}, {@code mb bank}), by the
 * start of a short name ({@code vietcom}) or by words of the full name ({@code ngoại thương}).
 */
@Component
class NapasBanks {
    static final String RESOURCE = "napas-banks.csv";

    /** A bank: its BIN, its code, the short name people know it by, its full name. */
    record Bank(String bin, String code, String shortName, String name) {
    }

    private final List<Bank> banks;

    NapasBanks() {
        this.banks = load();
    }

    List<Bank> all() {
        return banks;
    }

    Optional<Bank> byBin(String bin) {
        return banks.stream().filter(b -> b.bin().equals(bin)).findFirst();
    }

    /**
     * The banks {@code typed} names: those whose BIN, code or short name it is; failing that, those whose
     * short name starts with it or whose full name holds it (four letters at least). Empty when none.
     */
    List<Bank> find(String typed) {
        String key = key(typed);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Bank> exact = banks.stream().filter(b -> b.bin().equals(key) || key(b.code()).equals(key)
                || key(b.shortName()).equals(key)).toList();
        if (!exact.isEmpty() || key.length() < 2) {
            return exact;
        }
        return banks.stream().filter(b -> key(b.shortName()).startsWith(key)
                || key.length() >= 4 && key(b.name()).contains(key)).toList();
    }

    private static String key(String text) {
        return DateInput.plain(text).replaceAll("[^a-z0-9]", "");
    }

    private static List<Bank> load() {
        try (InputStream in = NapasBanks.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<Bank> banks = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                banks.add(new Bank(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()));
            }
            return List.copyOf(banks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
