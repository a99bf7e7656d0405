package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 13 §4: a generated corpus of bad input — per endpoint, every field with wrong types, fractions, negative and
 * huge numbers, unknown options, impossible and absurd dates, over-long text, control, bidi and emoji characters,
 * broken JSON; query parameters with garbage dates and months; uploads that are not spreadsheets, XXE, billion
 * laughs, a zip bomb, unclosed CSV quotes, unknown modes. Each case must be a 4xx with a Chinese message, store
 * nothing (our tables and the engine's runtime tables unchanged) and leave no incident.
 */
@IntegrationTest
class BadInputCorpusTest {

    static final String LONG = "很".repeat(5000);
    /** Text values that must never be accepted into a document or a record. */
    static final List<String> BAD_TEXT = List.of(LONG, "事实\u0000", "事实\u202E反向", "事实😀", "事实\u0007", "\u200B",
            "事实\u2066隔离\u2069", "\uFEFF事实", "事实\u0085", "\u061C事实", "事实\u001B[31m", "事实\uE000");
    static final List<String> BAD_NUMBERS = List.of("32.5", "-1", "0", "9223372036854775807", "\"abc\"", "true",
            "{}", "[]", "1e3");
    static final List<String> BAD_DATES = List.of("\"garbage\"", "\"2026-02-30\"", "\"2026-13-01\"", "\"\"",
            "\"1900-01-01\"", "\"2099-12-31\"", "20260101", "\"01/02/2026\"");
    static final List<String> BAD_OPTIONS = List.of("\"BOGUS\"", "\"\"", "1", "\"demerit\"");
    static final List<String> BROKEN_BODIES = List.of("garbage", "", "[]", "null", "{\"studentId\":", "\"text\"",
            "{\"studentId\":31,\"studentId\":32}");

    record Case(String name, String user, HttpMethod method, String path, HttpEntity<?> body) {
    }

    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyBadInputIsA4xxThatStoresNothingAndLeavesNoIncident() {
        List<Case> cases = corpus();
        assertThat(cases.size()).as("corpus size").isGreaterThanOrEqualTo(300);
        List<String> failures = new ArrayList<>();
        long incidentsBefore = count("SELECT COUNT(*) FROM act_ru_incident");
        for (Case c : cases) {
            long before = footprint();
            ResponseEntity<String> answer;
            try {
                answer = client(c.user()).exchange(c.path(), c.method(), c.body(), String.class);
            } catch (RuntimeException e) {
                failures.add(c.name() + ": " + e);
                continue;
            }
            int status = answer.getStatusCode().value();
            String body = answer.getBody() == null ? "" : answer.getBody();
            if (status < 400 || status >= 500) {
                failures.add(c.name() + ": " + status + " " + abbreviate(body));
            } else if (!body.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF)) {
                failures.add(c.name() + ": " + status + " without a Chinese message: " + abbreviate(body));
            } else if (body.contains(LONG.substring(0, 200)) || body.contains("Exception")) {
                failures.add(c.name() + ": " + status + " echoes the input or internals: " + abbreviate(body));
            }
            long after = footprint();
            if (after != before) {
                failures.add(c.name() + ": stored something (" + before + " → " + after + ")");
            }
        }
        assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).isEqualTo(incidentsBefore);
        assertThat(failures).as(failures.size() + " of " + cases.size() + " cases").isEmpty();
    }

    // --- the corpus ------------------------------------------------------------------------------------------

    static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        Map<String, String> sanction = fields("studentId", "31", "facts", "\"上课期间多次扰乱课堂秩序\"", "level", "\"DEMERIT\"");
        json(cases, "yongji-affairs", "/api/sanctions", sanction,
                Map.of("studentId", BAD_NUMBERS, "facts", texts(), "level", BAD_OPTIONS));
        Map<String, String> award = fields("studentId", "31", "title", "\"三好学生\"", "level", "\"SCHOOL\"", "kind",
                "\"COMPREHENSIVE\"", "awardingBody", "\"永吉县职业教育中心\"", "awardedOn", "\"2026-01-10\"", "reason",
                "\"表现优秀\"");
        json(cases, "yongji-affairs", "/api/awards", award, Map.of("studentId", BAD_NUMBERS, "title", texts(),
                "awardedOn", BAD_DATES, "level", BAD_OPTIONS, "reason", badTexts()));
        Map<String, String> cancellation = fields("studentId", "31", "ground", "\"DUPLICATE_REGISTRATION\"", "facts", "\"事实\"");
        json(cases, "yongji-registrar", "/api/cancellations", cancellation,
                Map.of("studentId", BAD_NUMBERS, "ground", BAD_OPTIONS, "facts", texts()));
        Map<String, String> filing = fields("intakeYear", "2026", "intakeSeason", "\"AUTUMN\"");
        json(cases, "nongan-registrar", "/api/registrations/filing-lists", filing,
                Map.of("intakeYear", List.of("-1", "0", "32.5", "\"abc\"", "99999", "1900"), "intakeSeason", BAD_OPTIONS));
        // R-MON-5: the school still has students, so even a well-formed request is refused (409) and stores nothing
        json(cases, "nongan-bureau", "/api/school-closures", fields("schoolCode", "\"2201220001\"", "kind",
                "\"MERGED\"", "receivingSchoolCode", "\"2201000001\"", "reason", "\"撤并\""), Map.of(
                "schoolCode", List.of("\"../..\"", quote(LONG), "123", "\"2299999999\"", "\"\"", "null"),
                "kind", BAD_OPTIONS, "receivingSchoolCode", List.of("\"2201220001\"", "\"2299999999\"", "\"\"", "null"),
                "reason", texts()));
        json(cases, "nongan-registrar", "/api/roster-verifications", fields("classId", "5"),
                Map.of("classId", BAD_NUMBERS));
        json(cases, "nongan-registrar", "/api/id-numbers/check", fields("idNumber", "\"11010519491231002X\""),
                Map.of("idNumber", List.of("\"\"", "\"1\"", "\"11010519491231002X\u0000\"", "123", "\"" + LONG + "\"")));
        Map<String, String> single = fields("schoolCode", "\"2201220001\"", "intakeYear", "2026", "intakeSeason",
                "\"AUTUMN\"", "student", "{}");
        json(cases, "nongan-registrar", "/api/registrations", single, Map.of(
                "intakeYear", List.of("-1", "0", "32.5", "\"abc\"", "99999", "1900"), "intakeSeason", BAD_OPTIONS,
                "student", List.of("null", "[]", "\"x\"", "1"),
                "schoolCode", List.of("\"../..\"", quote(LONG), "123", "\"2299999999\"")));
        for (String body : BROKEN_BODIES) {
            for (String path : List.of("/api/sanctions", "/api/awards", "/api/cancellations", "/api/registrations",
                    "/api/admissions", "/api/registrations/filing-lists", "/api/roster-verifications",
                    "/api/id-numbers/check", "/api/national-outbox/1/review", "/api/sanctions/CF-31-1/appeals",
                    "/api/school-closures")) {
                cases.add(new Case("broken body " + abbreviate(body) + " to " + path, user(path), HttpMethod.POST, path,
                        jsonEntity(body)));
            }
        }
        for (String date : List.of("garbage", "2026-02-30", "2026-13-01", "2026-1-1", "%00", "99999-01-01")) {
            cases.add(get("intake date " + date, "nongan-registrar", "/api/registrations/intake?date=" + date));
        }
        for (String month : List.of("garbage", "2026-13", "2026-1", "2026-00", "13-2026", "2026-1-1", "%27",
                "2026-02-30", "0000-01", "-2026-01")) {
            cases.add(get("outbox month " + month, "nongan-registrar", "/api/national-outbox?month=" + month));
            cases.add(get("outbox export month " + month, "nongan-registrar",
                    "/api/national-outbox/export.csv?month=" + month));
        }
        for (String query : List.of("from=garbage&add=3", "from=2026-02-30&add=3", "from=2026-01-01&add=abc",
                "from=2026-01-01&to=garbage")) {
            cases.add(get("working days " + query, "nongan-registrar", "/api/calendar/working-days?" + query));
        }
        for (String path : List.of("/api/classes/abc/students", "/api/documents/abc", "/api/documents/-1",
                "/api/students?classId=abc", "/api/students?status=BOGUS", "/api/registrations/batches/abc",
                "/api/students?limit=-1", "/api/students?offset=-5", "/api/students?limit=abc", "/api/students?limit=1000000",
                "/api/classes/-1/students", "/api/classes/99999999999999999999/students", "/api/registrations/batches/-1",
                "/api/calendar/years/abc", "/api/calendar/years/99999", "/api/terms?schoolCode=%00",
                "/api/sanctions/%00", "/api/registrations/uploads/not-a-job")) {
            cases.add(get("GET " + path, "nongan-registrar", path));
        }
        uploads(cases);
        return cases;
    }

    static void uploads(List<Case> cases) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("xxe.csv", ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
                .getBytes());
        files.put("unclosed-quote.csv", "姓名,证件号码\n\"张三,110105201001010010\n".getBytes());
        files.put("empty.csv", new byte[0]);
        files.put("not-a-spreadsheet.xlsx", "just text".getBytes());
        files.put("billion-laughs.xlsx", UploadBombs.billionLaughsXlsx());
        files.put("xxe.xlsx", UploadBombs.xxeXlsx());
        files.put("zip-bomb.xlsx", UploadBombs.zipBombXlsx());
        files.put("binary.csv", new byte[] {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE});
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            for (String mode : List.of("sync", "validate")) {
                cases.add(upload("upload " + file.getKey() + " mode " + mode, file.getKey(), file.getValue(), mode));
            }
        }
        for (String mode : List.of("BOGUS", "VALIDATE", "sync;drop", "ASYNC")) {
            cases.add(upload("upload mode '" + mode + "'", "ok.csv", "姓名\n".getBytes(), mode));
        }
    }

    /** For each field and each bad value: the valid body with that one field replaced; also the field missing. */
    static void json(List<Case> cases, String user, String path, Map<String, String> valid, Map<String, List<String>> bad) {
        for (Map.Entry<String, List<String>> field : bad.entrySet()) {
            for (String value : field.getValue()) {
                Map<String, String> body = new LinkedHashMap<>(valid);
                body.put(field.getKey(), value);
                cases.add(new Case(path + " " + field.getKey() + "=" + abbreviate(value), user, HttpMethod.POST, path,
                        jsonEntity(render(body))));
            }
            if (OPTIONAL.contains(path + " " + field.getKey())) {
                continue; // may be left out (and left empty)
            }
            Map<String, String> missing = new LinkedHashMap<>(valid);
            missing.remove(field.getKey());
            cases.add(new Case(path + " without " + field.getKey(), user, HttpMethod.POST, path,
                    jsonEntity(render(missing))));
        }
    }

    /** Fields that may be left out or empty: their corpus has only the bad texts. */
    static final java.util.Set<String> OPTIONAL = java.util.Set.of("/api/awards reason");

    /** Text a document cannot carry, and a number for a text. */
    static List<String> badTexts() {
        List<String> values = new ArrayList<>();
        for (String t : BAD_TEXT) {
            values.add(quote(t));
        }
        values.add("123");
        return values;
    }

    static List<String> texts() {
        List<String> values = new ArrayList<>();
        for (String t : BAD_TEXT) {
            values.add(quote(t));
        }
        values.add("123");
        values.add("\"\"");
        values.add("\"   \"");
        return values;
    }

    static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static String render(Map<String, String> body) {
        StringBuilder s = new StringBuilder("{");
        body.forEach((k, v) -> s.append(s.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return s.append('}').toString();
    }

    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.chars().forEach(c -> s.append(c < 0x20 || c == '"' || c == '\\' ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return s.append('"').toString();
    }

    static HttpEntity<String> jsonEntity(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    static Case get(String name, String user, String path) {
        return new Case(name, user, HttpMethod.GET, path, null);
    }

    static Case upload(String name, String filename, byte[] content, String mode) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        form.add("mode", mode);
        form.add("intakeYear", "2026");
        form.add("intakeSeason", "AUTUMN");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new Case(name, "nongan-registrar", HttpMethod.POST, "/api/registrations/uploads", new HttpEntity<>(form, headers));
    }

    static String user(String path) {
        return path.contains("sanction") || path.contains("award") ? "yongji-affairs"
                : path.contains("cancellation") ? "yongji-registrar" : "nongan-registrar";
    }

    static String abbreviate(String s) {
        String flat = s.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 60 ? flat : flat.substring(0, 60) + "…";
    }

    private TestRestTemplate client(String user) {
        return driver.api(user);
    }

    /** Rows in our tables and the engine's runtime tables. */
    private long footprint() {
        return count("""
                SELECT (SELECT COUNT(*) FROM student) + (SELECT COUNT(*) FROM registration) + (SELECT COUNT(*) FROM
                registration_batch) + (SELECT COUNT(*) FROM sanction_case) + (SELECT COUNT(*) FROM sanction_event)
                + (SELECT COUNT(*) FROM award) + (SELECT COUNT(*) FROM admission) + (SELECT COUNT(*) FROM
                registration_filing) + (SELECT COUNT(*) FROM national_outbox) + (SELECT COUNT(*) FROM status_change)
                + (SELECT COUNT(*) FROM student_procedure_lock) + (SELECT COUNT(*) FROM archive_entry)
                + (SELECT COUNT(*) FROM document) + (SELECT COUNT(*) FROM act_ru_execution)
                + (SELECT COUNT(*) FROM act_ru_job) + (SELECT COUNT(*) FROM act_ru_task)
                + (SELECT COUNT(*) FROM school_closure) + (SELECT COUNT(*) FROM school WHERE closed_on IS NOT NULL)""");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
