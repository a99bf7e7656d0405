package cn.jledu.studentstatus.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The H2 migration (BLOB column) round-trips a document of a few MB, as the default `mvn spring-boot:run` does. */
class DocumentStoreH2Test {

    @Test
    void documentRoundTripsOnH2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:documents;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO school (code, name, supervising_bureau_code, run_by) VALUES ('9999999999', '测试学校', '220122', 'COUNTY')")
                .update();
        byte[] content = new byte[3 * 1024 * 1024];
        new Random(1).nextBytes(content);
        DocumentStore store = new DocumentStore(jdbc);

        long id = store.save(new NewDocument("TEST", "测试", "测试.bin", "application/octet-stream", content,
                "9999999999", null, null));

        StoredDocument loaded = store.load(id);
        assertThat(loaded.content()).isEqualTo(content);
        assertThat(loaded.size()).isEqualTo(content.length);
        assertThat(loaded.createdBy()).isEqualTo("system");
        assertThat(loaded.caseKey()).isNull();
    }
}
