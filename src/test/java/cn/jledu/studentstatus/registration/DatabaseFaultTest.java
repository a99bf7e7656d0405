package cn.jledu.studentstatus.registration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 13 §6: the database connection breaking in the middle of a request (what a PostgreSQL restart does to the
 * requests in flight; {@code .ci/two-nodes} restarts it for real). The request answers 503 with a Chinese message
 * and nothing of it is written; the next request gets a fresh connection from the pool by itself. The break is
 * made by the database itself: a trigger terminates its own session when the second student of the upload is
 * inserted, after the batch and the first student were written.
 */
@IntegrationTest
class DatabaseFaultTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clock() {
        EngineClock.set(LocalDateTime.of(2026, 9, 10, 9, 0));
    }

    @AfterEach
    void reset() {
        jdbc.sql("DROP TRIGGER IF EXISTS connection_breaks ON student").update();
        jdbc.sql("DROP FUNCTION IF EXISTS connection_breaks()").update();
        EngineClock.reset();
    }

    @Test
    void aConnectionLostMidUploadAnswers503InChineseWritesNothingAndTheNextRequestSucceeds() throws Exception {
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION connection_breaks() RETURNS trigger AS $$
                BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$ LANGUAGE plpgsql""").update();
        jdbc.sql("CREATE TRIGGER connection_breaks BEFORE INSERT ON student FOR EACH ROW "
                + "WHEN (NEW.name = '断线乙') EXECUTE FUNCTION connection_breaks()").update();
        List<String[]> rows = new ArrayList<>();
        for (String name : List.of("断线甲", "断线乙", "断线丙")) {
            rows.add(BulkIntakeTest.row(name, BulkIntakeTest.fresh(), "610102", "3"));
        }
        byte[] file = BulkIntakeTest.xlsx(rows);

        ResponseEntity<JsonNode> broken = upload(file);
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(broken.getBody().get("detail").asText()).contains("数据库暂时无法访问", "未作任何修改");
        assertThat(count("SELECT COUNT(*) FROM student WHERE name LIKE '断线%'")).as("no student half-written").isZero();
        assertThat(count("SELECT COUNT(*) FROM registration_batch WHERE file_name = '断线.xlsx'")).as("no batch").isZero();

        // the database is back (the trigger stands for the outage): the same upload succeeds, once
        jdbc.sql("DROP TRIGGER connection_breaks ON student").update();
        ResponseEntity<JsonNode> again = upload(file);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody().get("registered").asInt()).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM student WHERE name LIKE '断线%'")).isEqualTo(3);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private ResponseEntity<JsonNode> upload(byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "断线.xlsx";
            }
        });
        body.add("mode", "sync");
        body.add("intakeYear", "2026");
        body.add("intakeSeason", "AUTUMN");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return driver.api(Demo.NONGAN, SchoolRole.REGISTRAR)
                .postForEntity("/api/registrations/uploads", new HttpEntity<>(body, headers), JsonNode.class);
    }
}
