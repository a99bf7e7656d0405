package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 §2: guessing is throttled without handing out a denial of service. Settings (application.yaml):
 * 10 failures per user id or 30 per address within 15 minutes lock that id or address for 15 minutes.
 */
@IntegrationTest
class LoginThrottleTest {

    static final String PROBE = "{\"idNumber\":\"11010519491231002X\"}";

    @LocalServerPort
    int port;
    @Autowired
    ProcessDriver driver;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @AfterEach
    void forgetFailures() {
        EngineClock.reset();
        jdbc.sql("DELETE FROM login_failure").update();
        jdbc.sql("DELETE FROM login_lock").update();
    }

    @Test
    void oneWrongPasswordDoesNotDelayTheRightOne() {
        String user = Demo.user(Demo.CITY_SCHOOL, SchoolRole.APPEAL_COMMITTEE);
        assertThat(basic(user, "wrong")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(basic(user, Demo.PASSWORD)).isEqualTo(HttpStatus.OK);
        assertThat(WebappSession.tryLogin(port, user, Demo.PASSWORD)).isEqualTo(200);
    }

    @Test
    void tenFailuresLockTheIdForFifteenMinutesThenItOpensByItself() {
        EngineClock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        String user = Demo.user(Demo.CITY_SCHOOL, SchoolRole.HEAD_TEACHER);
        double failuresBefore = meters.counter("studentstatus.login.failures").count();
        for (int i = 0; i < 9; i++) {
            assertThat(basic(user, "guess" + i)).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(basic(user, Demo.PASSWORD)).as("nine failures: not locked").isEqualTo(HttpStatus.OK);
        for (int i = 0; i < 10; i++) {
            basic(user, "guess" + i);
        }
        assertThat(meters.counter("studentstatus.login.failures").count() - failuresBefore).isEqualTo(19);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE user_id = ?").param(user).query(Integer.class).single())
                .isEqualTo(10);
        // locked: the right password is refused everywhere (engine REST, our API, the webapp sign-in) ...
        assertThat(basic(user, Demo.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(driver.anonymous().withBasicAuth(user, Demo.PASSWORD).getForEntity("/engine-rest/task/count", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(WebappSession.tryLogin(port, user, Demo.PASSWORD)).isNotEqualTo(200);
        // ... attempts during the lock neither count nor extend it ...
        EngineClock.set(LocalDateTime.of(2026, 3, 2, 9, 14, 59));
        assertThat(basic(user, Demo.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
        // ... and 15 minutes after the tenth failure it opens by itself
        EngineClock.set(LocalDateTime.of(2026, 3, 2, 9, 15, 1));
        assertThat(basic(user, Demo.PASSWORD)).isEqualTo(HttpStatus.OK);
        // one failure after the lock ended does not lock again
        assertThat(basic(user, "again")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(basic(user, Demo.PASSWORD)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void thirtyFailuresFromOneAddressLockTheAddressForEveryId() {
        EngineClock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        for (int i = 0; i < 30; i++) {
            throttle.failed("nobody" + i, "203.0.113.7", "UNKNOWN_USER");
        }
        assertThat(throttle.mayTry("cc1-principal", "203.0.113.7")).isFalse();
        assertThat(throttle.mayTry("cc1-principal", "198.51.100.1")).as("another address").isTrue();
        EngineClock.set(LocalDateTime.of(2026, 3, 2, 10, 15, 1));
        assertThat(throttle.mayTry("cc1-principal", "203.0.113.7")).isTrue();
    }

    @Test
    void bureauAccountAdministratorSeesAndLiftsLocksOfItsStaffOnly() {
        String nonganStaff = Demo.user(Demo.NONGAN, SchoolRole.PRINCIPAL);
        String yanjiStaff = Demo.user(Demo.YANJI, SchoolRole.PRINCIPAL);
        for (int i = 0; i < 10; i++) {
            throttle.failed(nonganStaff, "192.0.2.1", "WRONG_PASSWORD");
            throttle.failed(yanjiStaff, "192.0.2.2", "WRONG_PASSWORD");
        }
        assertThat(identity.checkPassword(nonganStaff, Demo.PASSWORD)).isFalse();

        TestRestTemplate nonganAccounts = driver.api("nongan-accounts");
        JsonNode seen = nonganAccounts.getForObject("/api/account-locks", JsonNode.class);
        assertThat(seen.findValuesAsText("subject")).containsExactly(nonganStaff);
        // the city bureau above administers the county school's staff too
        assertThat(driver.api("changchun-accounts").getForObject("/api/account-locks", JsonNode.class)
                .findValuesAsText("subject")).containsExactly(nonganStaff);
        // not its staff: the same answer as no lock at all
        ResponseEntity<JsonNode> other = nonganAccounts.exchange("/api/account-locks/users/" + yanjiStaff,
                HttpMethod.DELETE, null, JsonNode.class);
        ResponseEntity<JsonNode> none = nonganAccounts.exchange("/api/account-locks/users/no-such-user",
                HttpMethod.DELETE, null, JsonNode.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.getBody().get("detail")).isEqualTo(none.getBody().get("detail"));
        // staff and reviewers may not look
        assertThat(driver.api("nongan-bureau").getForEntity("/api/account-locks", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(nonganAccounts.exchange("/api/account-locks/users/" + nonganStaff, HttpMethod.DELETE, null,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identity.checkPassword(nonganStaff, Demo.PASSWORD)).isTrue();
        assertThat(identity.checkPassword(yanjiStaff, Demo.PASSWORD)).isFalse();
        assertThat(driver.api("admin").exchange("/api/account-locks/users/" + yanjiStaff, HttpMethod.DELETE, null,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identity.checkPassword(yanjiStaff, Demo.PASSWORD)).isTrue();
    }

    private HttpStatus basic(String user, String password) {
        return (HttpStatus) driver.anonymous().withBasicAuth(user, password)
                .postForEntity("/api/id-numbers/check", new org.springframework.http.HttpEntity<>(Map.of("idNumber",
                        "11010519491231002X")), String.class).getStatusCode();
    }
}
