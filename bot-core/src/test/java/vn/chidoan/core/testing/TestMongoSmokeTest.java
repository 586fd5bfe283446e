package vn.chidoan.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** The pattern every persistence test follows: one class, run on each {@link Database}. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class TestMongoSmokeTest {

    @Parameter
    Database db;

    @Test
    void uniqueIndexesRejectASecondDocumentWithTheSameKey() {
        MongoTemplate template = db.freshTemplate();
        template.indexOps("things").createIndex(new Index("key", Sort.Direction.ASC).unique());
        template.insert(new Document("key", "a"), "things");
        assertThatThrownBy(() -> template.insert(new Document("key", "a"), "things"))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(template.getCollection("things").countDocuments()).isEqualTo(1);
    }
}
