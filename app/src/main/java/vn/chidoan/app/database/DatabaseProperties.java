package vn.chidoan.app.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code chidoan.mongodb.uri} (a real MongoDB; blank means embedded) and {@code chidoan.data-dir}. */
@ConfigurationProperties("chidoan")
public record DatabaseProperties(Path dataDir, @DefaultValue Mongodb mongodb) {

    public record Mongodb(String uri) {
    }

    boolean external() {
        return mongodb.uri() != null && !mongodb.uri().isBlank();
    }
}
