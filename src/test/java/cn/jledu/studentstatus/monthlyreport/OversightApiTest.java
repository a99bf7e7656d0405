package cn.jledu.studentstatus.monthlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The oversight JSON (R-MON-3): each bureau sees its own and its sub-bureaus' schools, the province all. */
@IntegrationTest
class OversightApiTest {

    @Autowired
    ProcessDriver driver;

    List<String> schoolsSeenBy(String userId) {
        ResponseEntity<JsonNode> r = driver.api(userId).getForEntity("/api/oversight/schools", JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> codes = new ArrayList<>();
        r.getBody().get("schools").forEach(s -> codes.add(s.get("code").asText()));
        return codes;
    }

    @Test
    void eachBureauSeesItsOwnAndItsSubBureausSchoolsAndTheProvinceSeesAll() {
        assertThat(schoolsSeenBy("province-reviewer")).containsExactly(Demo.PROVINCE_SCHOOL.code(),
                Demo.CITY_SCHOOL.code(), Demo.NONGAN.code(), Demo.YONGJI.code(), Demo.YANJI.code());
        assertThat(schoolsSeenBy("changchun-bureau")).containsExactly(Demo.CITY_SCHOOL.code(), Demo.NONGAN.code());
        assertThat(schoolsSeenBy("nongan-bureau")).containsExactly(Demo.NONGAN.code());
        assertThat(schoolsSeenBy("yanbian-bureau")).containsExactly(Demo.YANJI.code());
        assertThat(schoolsSeenBy(Demo.user(Demo.YONGJI, SchoolRole.REGISTRAR))).containsExactly(Demo.YONGJI.code());

        ResponseEntity<JsonNode> neighbour = driver.api("yongji-bureau")
                .getForEntity("/api/oversight/schools/" + Demo.NONGAN.code(), JsonNode.class);
        assertThat(neighbour.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(driver.anonymous().getForEntity("/api/oversight/schools", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void populationChangesAndTheDeclaredHeadcountGapPerSchool() {
        ResponseEntity<JsonNode> detail = driver.api("changchun-bureau")
                .getForEntity("/api/oversight/schools/" + Demo.NONGAN.code() + "?month=2024-03", JsonNode.class);
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode school = detail.getBody().get("school");
        assertThat(school.get("inSchool").asInt()).isPositive();
        assertThat(school.get("byStatus").has("在籍")).isTrue();
        assertThat(school.get("byLearningForm").has("全日制学习")).isTrue();
        assertThat(school.get("headcount").get("declared").isNull()).isTrue();
        assertThat(detail.getBody().get("changesPerMonth")).hasSize(12);
        assertThat(detail.getBody().get("changesPerMonth").get(11).get("month").asText()).isEqualTo("2024-03");
        int inSystem = school.get("headcount").get("inSystem").asInt();

        // R-MON-3: only the school declares; a negative count is refused and changes nothing
        String url = "/api/oversight/schools/" + Demo.NONGAN.code() + "/headcount?month=2024-03";
        assertThat(driver.api("changchun-bureau").exchange(url, HttpMethod.PUT,
                new HttpEntity<>(Map.of("fullTimeCount", 10)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> negative = driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).exchange(url, HttpMethod.PUT,
                new HttpEntity<>(Map.of("fullTimeCount", -1)), JsonNode.class);
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negative.getBody().get("ruleId").asText()).isEqualTo("R-MON-3");

        JsonNode same = driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).exchange(url, HttpMethod.PUT,
                new HttpEntity<>(Map.of("fullTimeCount", inSystem)), JsonNode.class).getBody();
        assertThat(same.get("gap").asInt()).isZero();
        assertThat(same.get("highlighted").asBoolean()).isFalse();
        JsonNode far = driver.api(Demo.NONGAN, SchoolRole.PRINCIPAL).exchange(url, HttpMethod.PUT,
                new HttpEntity<>(Map.of("fullTimeCount", inSystem + 100)), JsonNode.class).getBody();
        assertThat(far.get("gap").asInt()).isEqualTo(100);
        assertThat(far.get("highlighted").asBoolean()).isTrue();
        assertThat(driver.api("changchun-bureau").getForEntity("/api/oversight/schools?month=2024-03", JsonNode.class)
                .getBody().get("schools").findValues("headcount")).anySatisfy(h ->
                assertThat(h.get("highlighted").asBoolean()).isTrue());

        assertThat(driver.api("changchun-bureau").getForEntity("/api/oversight/schools?month=2024-13", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
