package vn.chidoan.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MongoEndpointTest {

    @Test
    void credentialsInAUriAreMaskedForTheLog() {
        assertThat(MongoEndpoint.masked("mongodb://admin:s3cr%40t@db1:27017,db2/chidoan?replicaSet=rs0"))
                .isEqualTo("mongodb://***@db1:27017,db2/chidoan?replicaSet=rs0");
        assertThat(MongoEndpoint.masked("mongodb+srv://u:p@cluster.example/x")).isEqualTo("mongodb+srv://***@cluster.example/x");
    }

    @Test
    void aUriWithoutCredentialsIsLoggedAsItIs() {
        assertThat(MongoEndpoint.masked("mongodb://mongo:27017/chidoan?replicaSet=rs0"))
                .isEqualTo("mongodb://mongo:27017/chidoan?replicaSet=rs0");
    }

    @Test
    void externalEndpointDescriptionNamesHostAndDatabaseButNoPassword() {
        MongoEndpoint endpoint = MongoEndpoint.external("mongodb://bot:hunter2@mongo:27017/chidoan_prod");
        assertThat(endpoint.database()).isEqualTo("chidoan_prod");
        assertThat(endpoint.description()).contains("mongo:27017", "chidoan_prod").doesNotContain("hunter2", "bot:");
    }
}
