package vn.chidoan.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

class TestMongoSmokeTest {

    @Test
    void embeddedServerEnforcesUniqueIndexesOverTheRealDriver() {
        try (TestMongo mongo = new TestMongo()) {
            MongoTemplate template = mongo.template();
            template.indexOps("things").createIndex(new Index("key", Sort.Direction.ASC).unique());
            template.insert(new Document("key", "a"), "things");
            assertThatThrownBy(() -> template.insert(new Document("key", "a"), "things"))
                    .isInstanceOf(DuplicateKeyException.class);
            assertThat(template.getCollection("things").countDocuments()).isEqualTo(1);
        }
    }
}
