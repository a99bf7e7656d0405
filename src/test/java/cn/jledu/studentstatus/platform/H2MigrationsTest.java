package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The common migrations also run on H2 (the zero-set-up default database of `mvn spring-boot:run`). */
class H2MigrationsTest {

    @Test
    void migrationsApplyToAnEmptyH2Database() throws Exception {
        SimpleDriverDataSource h2 = new SimpleDriverDataSource((java.sql.Driver) Class.forName("org.h2.Driver")
                .getDeclaredConstructor().newInstance(), "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1", "sa", "");
        MigrateResult result = Flyway.configure().dataSource(h2)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        assertThat(result.success).isTrue();
        JdbcClient jdbc = JdbcClient.create(h2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_year").query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_day WHERE kind = 'WORKDAY'").query(Integer.class).single())
                .isEqualTo(19);
    }
}
