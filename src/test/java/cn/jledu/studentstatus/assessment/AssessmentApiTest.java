package cn.jledu.studentstatus.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** R-ASM-1/2/4/5, R-INT-1: entry, refusals, import with row-level problems and idempotent re-import, the archive. */
@IntegrationTest
class AssessmentApiTest {

    static final String CITY_REVIEWER = "changchun-bureau";

    @Autowired
    ProcessDriver driver;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    AssessmentRecords records;

    TestRestTemplate registrar() {
        return driver.api(Demo.CITY_SCHOOL, SchoolRole.REGISTRAR);
    }

    @Test
    void resultsAreEnteredAndTheWholeArchiveIsReadInOnePlace() {
        Student s = fixtures.enrolled(Demo.CITY_SCHOOL);
        ResponseEntity<JsonNode> moral = registrar().postForEntity("/api/students/" + s.id() + "/moral-evaluations",
                Map.of("semester", 1, "grade", "GOOD", "comment", "团结同学，遵守纪律"), JsonNode.class);
        assertThat(moral.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moral.getBody().get("outcome").asText()).isEqualTo("ADDED");
        assertThat(registrar().postForEntity("/api/students/" + s.id() + "/moral-evaluations",
                Map.of("semester", 1, "grade", "GOOD", "comment", "团结同学，遵守纪律"), JsonNode.class).getBody()
                .get("outcome").asText()).isEqualTo("UNCHANGED");
        registrar().postForEntity("/api/students/" + s.id() + "/course-results", Map.of("semester", 1, "courseName", "语文",
                "kind", "FOUNDATION", "score", 52, "makeupScore", 70, "credits", 4), JsonNode.class);
        registrar().postForEntity("/api/students/" + s.id() + "/internships", Map.of("kind", "INTERNSHIP",
                "employer", "一汽解放汽车有限公司", "post", "装配工", "startsOn", "2027-09-01", "endsOn", "2028-05-31",
                "result", "GOOD"), JsonNode.class);

        JsonNode archive = driver.api(Demo.CITY_SCHOOL, SchoolRole.HEAD_TEACHER)
                .getForObject("/api/students/" + s.id() + "/archive", JsonNode.class);
        assertThat(archive.get("name").asText()).isEqualTo(s.name());
        assertThat(archive.get("assessments").get("courses").get(0).get("makeupPassed").asBoolean()).isTrue();
        assertThat(archive.get("entries").toString()).contains("第1学期思想品德评价", "补考成绩 70（合格）", "一汽解放汽车有限公司");
        assertThat(driver.api(CITY_REVIEWER).getForEntity("/api/students/" + s.id()
                + "/archive", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        // another school's student is answered as one that does not exist (issue 13 §5)
        assertThat(driver.api(Demo.YONGJI, SchoolRole.REGISTRAR).getForEntity("/api/students/" + s.id() + "/archive",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void badInputIsRefusedWithAChineseMessageAndChangesNothing_R_ASM_1_R_ASM_4() {
        Student s = fixtures.enrolled(Demo.CITY_SCHOOL);
        ResponseEntity<JsonNode> noComment = registrar().postForEntity("/api/students/" + s.id() + "/moral-evaluations",
                Map.of("semester", 2, "grade", "PASS"), JsonNode.class);
        assertThat(noComment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noComment.getBody().toString()).contains("R-ASM-1", "班主任评语");
        ResponseEntity<JsonNode> makeupAfterPass = registrar().postForEntity("/api/students/" + s.id() + "/course-results",
                Map.of("semester", 1, "courseName", "数学", "kind", "FOUNDATION", "score", 75, "makeupScore", 80), JsonNode.class);
        assertThat(makeupAfterPass.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(makeupAfterPass.getBody().toString()).contains("R-ASM-4");
        assertThat(driver.api(Demo.YONGJI, SchoolRole.REGISTRAR).postForEntity("/api/students/" + s.id()
                + "/moral-evaluations", Map.of("semester", 1, "grade", "GOOD", "comment", "好"), JsonNode.class)
                .getStatusCode()).as("another school's student: the same answer as a missing one")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(records.of(s.id()).moral()).isEmpty();
        assertThat(records.of(s.id()).courses()).isEmpty();
    }

    @Test
    void aSheetWithABadRowStoresNothingAndAGoodSheetImportedTwiceAddsNothingTheSecondTime() {
        Student s = fixtures.enrolled(Demo.CITY_SCHOOL);
        String header = "学籍号,姓名,类别,学期,等级或结果,班主任评语或考核评价,课程名称,课程类别,考核方式,成绩,补考成绩,学分,实习类别,实习单位,岗位,开始日期,结束日期\n";
        String good = s.studentNumber() + "," + s.name() + ",思想品德评价,1,良好,表现良好,,,,,,,,,,,\n"
                + s.studentNumber() + "," + s.name() + ",课程成绩,1,,,语文,公共基础课,正常考核,58,66,4,,,,,\n"
                + s.studentNumber() + "," + s.name() + ",实习考核,,合格,,,,,,,,顶岗实习,吉林化纤,操作工,2027-09-01,2028-05-31\n";
        String bad = good + s.studentNumber() + ",别人,课程成绩,1,,,数学,公共基础课,,abc,,,,,,,\n"
                + "X999,某某,思想品德评价,1,很好,,,,,,,,,,,,\n";
        JsonNode refused = upload(header + bad);
        assertThat(refused.get("problems")).hasSize(2);
        assertThat(refused.get("problems").toString()).contains("第5行“姓名”：与学籍号", "第6行“学籍号”：本校没有学籍号为 X999 的学生");
        assertThat(records.of(s.id()).moral()).isEmpty();

        JsonNode first = upload("\uFEFF" + header + good);
        assertThat(first.get("added").asInt()).isEqualTo(3);
        JsonNode again = upload(header + good);
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        assertThat(records.of(s.id()).courses()).singleElement()
                .satisfies(c -> assertThat(c.finallyPassed()).isTrue());
    }

    /** Issue 13 §4: a cell the documents cannot print is a problem of its row; nothing is stored. */
    @Test
    void aSheetWithTextTheDocumentsCannotPrintStoresNothing() {
        Student s = fixtures.enrolled(Demo.CITY_SCHOOL);
        String header = "学籍号,姓名,类别,学期,等级或结果,班主任评语或考核评价,课程名称,课程类别,考核方式,成绩,补考成绩,学分,实习类别,实习单位,岗位,开始日期,结束日期\n";
        JsonNode refused = upload(header + s.studentNumber() + "," + s.name()
                + ",思想品德评价,1,良好,表现良好\u202E反向,,,,,,,,,,,\n");
        assertThat(refused.get("problems")).hasSize(1);
        assertThat(refused.get("problems").toString()).contains("第2行", "班主任评语或考核评价", "U+202E");
        assertThat(records.of(s.id()).moral()).isEmpty();
    }

    JsonNode upload(String csv) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "成绩.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> r = registrar().postForEntity("/api/assessments/import?schoolCode="
                + Demo.CITY_SCHOOL.code(), new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }
}
