package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.WebappSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * Issue 13 §3: a state-changing call to our API authenticated by the webapps' session needs the session's CSRF
 * token (X-XSRF-TOKEN); without it — a form or fetch from another site riding on the cookie — it is refused and
 * changes nothing. HTTP Basic calls need no token. Our pages take the token from /api/session (the browser tests
 * of the registration pages prove they send it).
 */
@IntegrationTest
class SessionCsrfTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessDriver driver;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    RuntimeService runtime;

    @Test
    void sessionPostWithoutTokenIsRefusedAndChangesNothing() {
        WebappSession session = WebappSession.signIn(port, Demo.user(Demo.YANJI, SchoolRole.REGISTRAR), Demo.PASSWORD);
        long classId = organisation.classes(Demo.YANJI.code()).get(0).id();
        String body = "{\"classId\":" + classId + "}";
        long before = verifications(classId);

        HttpResponse<String> noToken = session.post("/api/roster-verifications", body, null, "https://evil.example");
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("防跨站令牌");
        HttpResponse<String> wrongToken = session.post("/api/roster-verifications", body, "guessed", null);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        HttpResponse<String> delete = session.send("/api/registrations/batches/1/students/1", "DELETE", null, null, null);
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(verifications(classId)).isEqualTo(before);

        HttpResponse<String> withToken = session.post("/api/roster-verifications", body);
        assertThat(withToken.statusCode()).isEqualTo(201);
        assertThat(verifications(classId)).isEqualTo(before + 1);
    }

    @Test
    void signedInGetsCarryTheTokenForOurPages() {
        WebappSession session = WebappSession.signIn(port, Demo.user(Demo.YANJI, SchoolRole.STUDENT_AFFAIRS), Demo.PASSWORD);
        HttpResponse<String> me = session.get("/api/session");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(Demo.user(Demo.YANJI, SchoolRole.STUDENT_AFFAIRS));
        assertThat(me.headers().firstValue("X-XSRF-TOKEN")).contains(session.csrfToken());
    }

    @Test
    void httpBasicNeedsNoToken() {
        long classId = organisation.classes(Demo.YANJI.code()).get(1).id();
        var basic = driver.api(Demo.YANJI, SchoolRole.REGISTRAR).postForEntity("/api/roster-verifications",
                Map.of("classId", classId), String.class);
        assertThat(basic.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private long verifications(long classId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("RV-" + classId + "-%").count();
    }
}
