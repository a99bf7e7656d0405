package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.support.IntegrationTest;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MigrationsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void migrationsApplyToAnEmptyPostgresqlSchema() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DROP SCHEMA IF EXISTS migration_check CASCADE").update();
        Flyway flyway = Flyway.configure().dataSource(dataSource).schemas("migration_check").createSchemas(true)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load();
        try {
            MigrateResult result = flyway.migrate();
            assertThat(result.success).isTrue();
            assertThat(flyway.info().pending()).isEmpty();
            // every migration found in common/ and postgresql/ ran, in version order
            assertThat(result.migrations).extracting(m -> m.version).contains("1", "2", "3", "4", "5", "10", "11", "20", "21", "22", "23", "24", "34")
                    .isSortedAccordingTo(java.util.Comparator.comparing(v -> Integer.parseInt(v)));
            assertThat(result.migrationsExecuted).isEqualTo(result.migrations.size());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM migration_check.bureau").query(Integer.class).single())
                    .isGreaterThan(60);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM migration_check.school").query(Integer.class).single())
                    .isZero();
        } finally {
            jdbc.sql("DROP SCHEMA migration_check CASCADE").update();
        }
    }
}
