package cn.jledu.studentstatus.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class CalendarApiTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    CalendarRepository repository;

    @AfterEach
    void removeTestData() {
        repository.deleteYear(WorkingDayCalendar.NATIONAL, 2027);
    }

    @Test
    void everyDayOf2025And2026AgreesWithTheOfficialSchedule() {
        TestRestTemplate user = teacher();
        List<String> disagreements = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
            JsonNode answer = user.getForObject("/api/calendar/working-days?from={from}&to={to}", JsonNode.class,
                    d.minusDays(1), d);
            int expected = OfficialSchedules.isWorkingDay(d) ? 1 : 0;
            if (answer.get("count").asInt() != expected) {
                disagreements.add(d + " expected " + expected);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void addAnswersTheLastDayOfThePeriod() {
        ResponseEntity<JsonNode> answer = teacher().getForEntity(
                "/api/calendar/working-days?from=2026-09-18&add=15", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("date").asText()).isEqualTo("2026-10-15");
        assertThat(answer.getBody().get("endsAt").asText()).isEqualTo("2026-10-16T00:00+08:00");

        JsonNode count = teacher().getForObject("/api/calendar/working-days?from=2025-09-26&to=2025-11-13", JsonNode.class);
        assertThat(count.get("count").asInt()).isEqualTo(30);
    }

    @Test
    void missingYearIsA422WithRuleIdAndTheYear() {
        ResponseEntity<JsonNode> answer = teacher().getForEntity(
                "/api/calendar/working-days?from=2026-12-20&add=15", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody().get("ruleId").asText()).isEqualTo("CAL-1");
        assertThat(answer.getBody().get("detail").asText()).contains("2027年");
    }

    @Test
    void badQueriesAre400AndAnonymousIs401() {
        assertThat(teacher().getForEntity("/api/calendar/working-days?from=2026-09-18", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(teacher().getForEntity("/api/calendar/working-days?from=2026-13-01&add=3", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(teacher().getForEntity("/api/calendar/working-days?from=2026-09-18&add=3&region=999999",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(driver.anonymous().getForEntity("/api/calendar/working-days?from=2026-09-18&add=3", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void administratorImportsAYearAndOthersGet403() {
        Map<String, Object> schedule = Map.of("source", "测试数据（非官方）",
                "holidays", List.of(Map.of("from", "2027-01-01", "to", "2027-01-01", "name", "元旦")),
                "workdays", List.of());
        ResponseEntity<JsonNode> forbidden = teacher().exchange("/api/calendar/years/2027", HttpMethod.PUT,
                new HttpEntity<>(schedule), JsonNode.class);
        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(teacher().getForEntity("/api/calendar/years", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> imported = admin().exchange("/api/calendar/years/2027", HttpMethod.PUT,
                new HttpEntity<>(schedule), JsonNode.class);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody().get("holidays").asInt()).isEqualTo(1);

        JsonNode years = admin().getForObject("/api/calendar/years", JsonNode.class);
        assertThat(years.findValuesAsText("year")).contains("2024", "2025", "2026", "2027");
        JsonNode y2026 = admin().getForObject("/api/calendar/years/2026", JsonNode.class);
        assertThat(y2026.get("holidays").get(1).get("from").asText()).isEqualTo("2026-02-15");
        assertThat(y2026.get("holidays").get(1).get("to").asText()).isEqualTo("2026-02-23");
        assertThat(y2026.get("workdays")).hasSize(6);
        assertThat(teacher().getForObject("/api/calendar/working-days?from=2026-12-20&add=15", JsonNode.class)
                .get("date").asText()).isEqualTo("2027-01-11");
    }

    private TestRestTemplate teacher() {
        return driver.api(Demo.NONGAN, SchoolRole.HEAD_TEACHER);
    }

    private TestRestTemplate admin() {
        return driver.api("admin");
    }
}
