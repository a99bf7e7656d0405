package cn.jledu.studentstatus.registration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Bulk intake over HTTP: row-level errors, one batch and one review task, idempotent re-upload, progress. */
@IntegrationTest
class BulkIntakeTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clock() {
        EngineClock.set(LocalDateTime.of(2026, 9, 10, 9, 0));
    }

    @AfterEach
    void reset() {
        EngineClock.reset();
    }

    @Test
    void templateHasTheChineseHeaders() throws Exception {
        ResponseEntity<byte[]> template = registrar().getForEntity("/api/registrations/uploads/template.xlsx", byte[].class);
        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
            Row header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("姓名*");
            assertThat(header.getLastCellNum()).isEqualTo((short) IntakeSheet.COLUMNS.size());
            assertThat(wb.getSheet("填写说明")).isNotNull();
        }
    }

    @Test
    void badRowsAreListedAndValidRowsBecomeOneBatchWithOneReviewTask() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(row("学生" + i, fresh(), "710201", "3"));
        }
        String duplicate = fresh();
        rows.add(row("重复甲", duplicate, "710201", "3"));           // row 7
        rows.add(row("重复乙", duplicate, "710201", "3"));           // row 8: same ID as row 7
        rows.add(row("错号", "110105194912310021", "710201", "3"));  // row 9: wrong check digit
        rows.add(row("错专业", fresh(), "720201", "3"));             // row 10: not approved at 农安
        rows.add(row("错学制", fresh(), "710201", "2"));             // row 11: R-DUR-1 (below the basic 3 years)
        byte[] xlsx = xlsx(rows);

        JsonNode report = upload("名单.xlsx", xlsx, "sync").getBody();

        assertThat(report.get("registered").asInt()).isEqualTo(6);
        List<String> problems = new ArrayList<>();
        report.get("problems").forEach(p -> problems.add(p.get("rowNumber").asInt() + "|" + p.get("column").asText()
                + "|" + p.get("ruleId").asText() + "|" + p.get("message").asText()));
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("8|证件号码|R-REG-4|").contains("第7行");
        assertThat(problems.get(1)).startsWith("9|证件号码|R-REG-2|").contains("校验位");
        assertThat(problems.get(2)).startsWith("10|专业代码|R-MAJ-1|");
        assertThat(problems.get(3)).startsWith("11|学制|R-DUR-1|");

        long batchId = report.get("batchId").asLong();
        String instanceId = jdbc.sql("SELECT process_instance_id FROM registration_batch WHERE id = ?").param(batchId)
                .query(String.class).single();
        assertThat(taskService.createTaskQuery().processInstanceId(instanceId).count()).isEqualTo(1);
        String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        assertThat((List<?>) taskService.getVariableLocal(taskId, "roster")).hasSize(6);

        // the same file again: nothing new
        JsonNode again = upload("名单.xlsx", xlsx, "sync").getBody();
        assertThat(again.get("alreadyUploaded").asBoolean()).isTrue();
        assertThat(again.get("batchId").asLong()).isEqualTo(batchId);

        // the corrected file: registered rows are skipped, only the corrected ones are added
        rows.set(6, row("重复乙", fresh(), "710201", "3"));
        rows.set(7, row("错号", fresh(), "710201", "3"));
        rows.set(8, row("错专业", fresh(), "710201", "3"));
        rows.set(9, row("错学制", fresh(), "710201", "3"));
        JsonNode corrected = upload("名单（更正）.xlsx", xlsx(rows), "sync").getBody();
        assertThat(corrected.get("problems")).isEmpty();
        assertThat(corrected.get("registered").asInt()).isEqualTo(4);
        assertThat(corrected.get("skipped")).hasSize(6);
        assertThat(corrected.get("skipped").get(0).asText()).contains("已在本校注册");
    }

    @Test
    void validateModeWritesNothing() throws Exception {
        String id = fresh();
        JsonNode report = upload("检查.xlsx", xlsx(List.<String[]>of(row("只检查", id, "710201", "3"))), "validate").getBody();
        assertThat(report.get("phase").asText()).isEqualTo("VALIDATED");
        assertThat(report.get("problems")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM student WHERE id_number = ?").param(id).query(Integer.class).single())
                .isZero();
    }

    /** Issue 13 §4: a name the documents cannot print is a problem of its row, found before anything is written. */
    @Test
    void aNameTheDocumentsCannotPrintIsAProblemOfItsRow() throws Exception {
        String id = fresh();
        JsonNode report = upload("表情.xlsx", xlsx(List.<String[]>of(row("王\uD83D\uDE00", id, "710201", "3"))),
                "validate").getBody();
        assertThat(report.get("problems").toString()).contains("姓名", "U+1F600");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM student WHERE id_number = ?").param(id).query(Integer.class).single())
                .isZero();
    }

    @Test
    void csvSavedByChineseExcelInGb18030IsRead() {
        String header = String.join(",", IntakeSheet.COLUMNS);
        String line = String.join(",", row("王䶮", fresh(), "710201", "3"));
        byte[] gbk = (header + "\r\n" + line + "\r\n").getBytes(Charset.forName("GB18030"));
        JsonNode report = upload("名单.csv", gbk, "sync").getBody();
        assertThat(report.get("problems")).isEmpty();
        assertThat(report.get("registered").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM student WHERE name = '王䶮' AND status = 'REGISTERING'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void largeUploadRunsInTheBackgroundAndReportsProgress() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(row("批量" + i, fresh(), "610102", "3"));
        }
        ResponseEntity<JsonNode> accepted = upload("秋季新生.xlsx", xlsx(rows), "async");
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String jobId = accepted.getBody().get("jobId").asText();
        List<Integer> seen = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode p = registrar().getForObject("/api/registrations/uploads/" + jobId, JsonNode.class);
            seen.add(p.get("done").asInt());
            return p.get("phase").asText().equals("DONE");
        });
        JsonNode done = registrar().getForObject("/api/registrations/uploads/" + jobId, JsonNode.class);
        assertThat(done.get("registered").asInt()).isEqualTo(300);
        assertThat(done.get("dataRows").asInt()).isEqualTo(300);
        assertThat(seen).isSorted();
        // nobody else reads the progress of this upload
        assertThat(driver.api(Demo.NONGAN, SchoolRole.PRINCIPAL)
                .getForEntity("/api/registrations/uploads/" + jobId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void otherSchoolsRegistrarCannotUploadForThisSchool() throws Exception {
        ResponseEntity<JsonNode> r = upload(driver.api(Demo.YONGJI, SchoolRole.REGISTRAR),
                "x.xlsx", xlsx(List.<String[]>of(row("某", fresh(), "710201", "3"))), "sync", Demo.NONGAN.code());
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void fileWithoutTheRequiredColumnsIsRefused() {
        ResponseEntity<JsonNode> r = upload("x.csv", "姓名,性别\n张三,男\n".getBytes(), "sync");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getBody().get("detail").asText()).contains("缺少必填列");
    }

    static String fresh() {
        return Applicants.freshIdNumber(Gender.MALE, LocalDate.of(2011, 3, 15));
    }

    static String[] row(String name, String id, String major, String duration) {
        return new String[] {name, "男", "2011-03-15", "汉族", "居民身份证", id, "农业", "吉林省", "家长", "139", "", major, "",
            "初中毕业", "2026", "", "全日制学习", "全日制学历教育", duration, "LQ-" + id.substring(10), "是", "是", "否", "", "",
            "境内学生", "2026-09-01"};
    }

    static byte[] xlsx(List<String[]> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            Row header = sheet.createRow(0);
            for (int i = 0; i < IntakeSheet.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(IntakeSheet.COLUMNS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private TestRestTemplate registrar() {
        return driver.api(Demo.NONGAN, SchoolRole.REGISTRAR);
    }

    private ResponseEntity<JsonNode> upload(String name, byte[] content, String mode) {
        return upload(registrar(), name, content, mode, null);
    }

    private ResponseEntity<JsonNode> upload(TestRestTemplate client, String name, byte[] content, String mode,
                                            String schoolCode) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        body.add("mode", mode);
        body.add("intakeYear", "2026");
        body.add("intakeSeason", "AUTUMN");
        if (schoolCode != null) {
            body.add("schoolCode", schoolCode);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.postForEntity("/api/registrations/uploads", new HttpEntity<>(body, headers), JsonNode.class);
    }
}
