package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Issue 13, "Done when": the access matrix as one table. Two county-run schools under different counties and cities
 * (农安 under 农安县/长春市, 永吉 under 永吉县/吉林市); every role of 农安, 永吉's registrar, the bureaus above each, the
 * province, the account administrators, the administrator and an anonymous caller; reads and changes through our
 * API and the engine REST API. A cell is the HTTP status expected; "2xx" any success. Not-yours and not-there are
 * not told apart: an object addressed in the path that the user may not read is a 404 with the same body as one
 * that does not exist (docs/security.md, scope rules).
 */
@IntegrationTest
class AccessMatrixTest {

    static final String OK = "2xx";
    static final String[] USERS = {"nongan-registrar", "nongan-headteacher", "nongan-affairs", "nongan-principal",
        "nongan-appeal", "yongji-registrar", "nongan-bureau", "changchun-bureau", "yongji-bureau", "jilincity-bureau",
        "province-reviewer", "nongan-accounts", "admin", "anonymous"};

    @Autowired
    ProcessDriver driver;
    @Autowired
    OrganisationRepository organisation;

    record Row(String operation, HttpMethod method, String path, String body, String... expected) {
    }

    @Test
    void everyRoleGetsExactlyItsRightsOnEveryResource() {
        long nonganClass = organisation.classes(Demo.NONGAN.code()).get(0).id();
        long yongjiClass = organisation.classes(Demo.YONGJI.code()).get(0).id();
        String n = Demo.NONGAN.code();
        String y = Demo.YONGJI.code();
        //                                                           nreg   nhead  naff   nprin  napp   yreg   nbur   ccbur  yjbur  jlbur  prov   nacc   admin  anon
        List<Row> table = List.of(
                new Row("read 农安 class roster", HttpMethod.GET, "/api/classes/" + nonganClass + "/students", null,
                        OK, OK, OK, OK, OK, "404", OK, OK, "404", "404", "404", "404", OK, "401"),
                new Row("read 永吉 class roster", HttpMethod.GET, "/api/classes/" + yongjiClass + "/students", null,
                        "404", "404", "404", "404", "404", OK, "404", "404", OK, OK, "404", "404", OK, "401"),
                // not yours and not there: the same 404 (issue 13 §5); the bodies are compared below
                new Row("read a class that does not exist", HttpMethod.GET, "/api/classes/987654321/students", null,
                        "404", "404", "404", "404", "404", "404", "404", "404", "404", "404", "404", "404", "404", "401"),
                new Row("list 农安 students", HttpMethod.GET, "/api/students?schoolCode=" + n, null,
                        OK, OK, OK, OK, OK, "403", OK, OK, "403", "403", "403", "403", OK, "401"),
                new Row("list 永吉 classes", HttpMethod.GET, "/api/classes?schoolCode=" + y, null,
                        "403", "403", "403", "403", "403", OK, "403", "403", OK, OK, "403", "403", OK, "401"),
                new Row("start roster check of a 永吉 class", HttpMethod.POST, "/api/roster-verifications",
                        "{\"classId\":" + yongjiClass + "}",
                        "403", "403", "403", "403", "403", "(skip)", "403", "403", "403", "403", "403", "403", "(skip)", "401"),
                new Row("农安 national outbox", HttpMethod.GET, "/api/national-outbox?schoolCode=" + n, null,
                        OK, "403", "403", "403", "403", "403", "403", "403", "403", "403", "403", "403", OK, "401"),
                new Row("load a calendar year", HttpMethod.PUT, "/api/calendar/years/2030", "{}",
                        "403", "403", "403", "403", "403", "403", "403", "403", "403", "403", "403", "403", "(skip)", "401"),
                new Row("see login locks", HttpMethod.GET, "/api/account-locks", null,
                        "403", "403", "403", "403", "403", "403", "403", "403", "403", "403", "403", OK, OK, "401"),
                new Row("lift a lock that does not exist", HttpMethod.DELETE, "/api/account-locks/users/nongan-principal", null,
                        "403|404", "403|404", "403|404", "403|404", "403|404", "403|404", "403|404", "403|404", "403|404",
                        "403|404", "403|404", "404", "404", "401"),
                new Row("engine REST: count process instances", HttpMethod.GET, "/engine-rest/process-instance/count", null,
                        OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, "401"),
                new Row("engine REST: read users", HttpMethod.GET, "/engine-rest/user/count", null,
                        OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, "401"),
                new Row("engine REST: change a user", HttpMethod.PUT, "/engine-rest/user/nongan-principal/profile",
                        "{\"id\":\"nongan-principal\",\"firstName\":\"省教育厅\"}",
                        // the user itself may read but not change its profile; others do not see the user at all
                        "404", "404", "404", "403", "404", "404", "404", "404", "404", "404", "404", "404", "(skip)", "401"));

        List<String> failures = new ArrayList<>();
        for (Row row : table) {
            assertThat(row.expected()).as(row.operation()).hasSize(USERS.length);
            for (int u = 0; u < USERS.length; u++) {
                String expected = row.expected()[u];
                if (expected.equals("(skip)")) {
                    continue;
                }
                int status = call(USERS[u], row).value();
                boolean matches = expected.equals(OK) ? status >= 200 && status < 300
                        : List.of(expected.split("\\|")).contains(String.valueOf(status));
                if (!matches) {
                    failures.add(row.operation() + " as " + USERS[u] + ": expected " + expected + ", got " + status);
                }
            }
        }
        assertThat(failures).isEmpty();

        // the answers to "not yours" and "not there" are the same, body included
        String notYours = driver.api("yongji-registrar").getForEntity("/api/classes/" + nonganClass + "/students",
                String.class).getBody();
        String notThere = driver.api("yongji-registrar").getForEntity("/api/classes/987654321/students",
                String.class).getBody();
        assertThat(notYours.replace("/api/classes/" + nonganClass, "/api/classes/X"))
                .isEqualTo(notThere.replace("/api/classes/987654321", "/api/classes/X"));
    }

    private org.springframework.http.HttpStatusCode call(String user, Row row) {
        TestRestTemplate client = "anonymous".equals(user) ? driver.anonymous() : driver.api(user);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> body = new HttpEntity<>(row.body(), headers);
        return client.exchange(row.path(), row.method(), body, String.class).getStatusCode();
    }

    static Map<String, String> columns() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String u : USERS) {
            m.put(u, u);
        }
        return m;
    }
}
