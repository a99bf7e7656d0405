package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 §4: free text that can reach a document is checked at the edge on every endpoint family — awards,
 * registration cancellations, late reporting, suspension, withdrawal, transfer, repeat year, major change, death
 * reports, academic proofs, registrations, sanctions (facts, appeals, revocations) — by one mechanism
 * ({@link FreeTextRequestAdvice} with the document fonts' {@link FreeTextPolicy}). Each bad text is a 400 whose
 * {@code field} is the field and whose Chinese message names the field and the character (or the limit), before
 * anything runs: no row, no process instance, no incident.
 */
@IntegrationTest
class FreeTextEdgeTest {

    /** One endpoint family: who posts, where, a body with the placeholder {@code %s} in the text field named. */
    record Endpoint(String user, HttpMethod method, String path, String field, String body) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("yongji-affairs", HttpMethod.POST, "/api/awards", "title",
                    "{\"studentId\":31,\"title\":%s,\"awardingBody\":\"永吉县职业教育中心\",\"awardedOn\":\"2026-01-10\",\"reason\":\"表现优秀\"}"),
            new Endpoint("yongji-affairs", HttpMethod.POST, "/api/awards", "reason",
                    "{\"studentId\":31,\"title\":\"三好学生\",\"awardingBody\":\"永吉县职业教育中心\",\"awardedOn\":\"2026-01-10\",\"reason\":%s}"),
            new Endpoint("yongji-affairs", HttpMethod.POST, "/api/awards", "awardingBody",
                    "{\"studentId\":31,\"title\":\"三好学生\",\"awardingBody\":%s,\"awardedOn\":\"2026-01-10\",\"reason\":\"表现优秀\"}"),
            new Endpoint("yongji-registrar", HttpMethod.POST, "/api/cancellations", "facts",
                    "{\"studentId\":31,\"facts\":%s}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/admissions/ADM-X/late-report-requests", "reason",
                    "{\"reason\":%s,\"proof\":\"医院证明\",\"requestedUntil\":\"2026-09-10\"}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/admissions/ADM-X/late-report-requests", "proof",
                    "{\"reason\":\"住院治疗\",\"proof\":%s,\"requestedUntil\":\"2026-09-10\"}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/suspensions", "reason",
                    "{\"studentId\":31,\"application\":{\"reason\":%s,\"months\":6}}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/suspensions", "hospital",
                    "{\"studentId\":31,\"application\":{\"hospital\":%s,\"months\":6}}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/suspensions/SUS-X/extension", "reason",
                    "{\"months\":6,\"reason\":%s}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/withdrawals", "reason",
                    "{\"studentId\":31,\"reason\":%s,\"leavingDate\":\"2026-03-01\"}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/transfers", "statement",
                    "{\"studentId\":31,\"inSchoolCode\":\"2201220001\",\"statement\":%s}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/transfers", "guardianName",
                    "{\"studentId\":31,\"inSchoolCode\":\"2201220001\",\"guardianName\":%s}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/repeats", "reason",
                    "{\"studentId\":31,\"reason\":%s}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/major-changes", "proof",
                    "{\"studentId\":31,\"newMajorCode\":\"660101\",\"proof\":%s}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/death-reports", "circumstances",
                    "{\"studentId\":31,\"diedOn\":\"2026-03-01\",\"circumstances\":%s}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/academic-proofs", "voidNotice",
                    "{\"studentId\":31,\"voidNotice\":%s,\"voidNoticeDate\":\"2026-03-01\"}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/registrations", "name",
                    "{\"schoolCode\":\"2201220001\",\"intakeYear\":2026,\"intakeSeason\":\"AUTUMN\",\"student\":{\"name\":%s}}"),
            new Endpoint("nongan-registrar", HttpMethod.DELETE, "/api/registrations/batches/1/students/1", "reason",
                    "{\"reason\":%s}"),
            new Endpoint("yongji-affairs", HttpMethod.POST, "/api/sanctions", "facts",
                    "{\"studentId\":31,\"facts\":%s,\"level\":\"DEMERIT\"}"),
            new Endpoint("yongji-affairs", HttpMethod.POST, "/api/sanctions/CF-X/appeals", "reasons",
                    "{\"reasons\":%s,\"madeOn\":\"2026-03-01\"}"),
            new Endpoint("yongji-affairs", HttpMethod.POST, "/api/sanctions/CF-X/revocations", "reason",
                    "{\"reason\":%s}"),
            new Endpoint("nongan-registrar", HttpMethod.POST, "/api/students/31/moral-evaluations", "comment",
                    "{\"semester\":1,\"comment\":%s}"));

    /** A bad text (as JSON) and what the message must name. */
    record Bad(String json, String named) {
    }

    static final List<Bad> BAD = List.of(new Bad("\"表现😀优秀\"", "U+1F600"), new Bad("\"表现\\u202E优秀\"", "U+202E"),
            new Bad("\"表现\\u0000\"", "U+0000"), new Bad("\"" + "很".repeat(2001) + "\"", "2000"));

    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEndpointFamilyRefusesTextADocumentCannotCarryWith400NamingFieldAndCharacter() {
        List<String> failures = new ArrayList<>();
        long incidents = count("SELECT COUNT(*) FROM act_ru_incident");
        long instances = count("SELECT COUNT(*) FROM act_ru_execution");
        for (Endpoint e : ENDPOINTS) {
            for (Bad bad : BAD) {
                HttpHeaders headers = new HttpHeaders();
                headers.setContentType(MediaType.APPLICATION_JSON);
                ResponseEntity<JsonNode> r = driver.api(e.user()).exchange(e.path(), e.method(),
                        new HttpEntity<>(e.body().formatted(bad.json()), headers), JsonNode.class);
                String what = e.method() + " " + e.path() + " " + e.field() + " " + bad.named() + ": "
                        + r.getStatusCode() + " " + r.getBody();
                if (r.getStatusCode().value() != 400 || r.getBody() == null
                        || !e.field().equals(r.getBody().path("field").asText())
                        || !r.getBody().path("detail").asText().contains("（" + e.field() + "）")
                        || !r.getBody().path("detail").asText().contains(bad.named())) {
                    failures.add(what);
                }
            }
        }
        assertThat(failures).as("issue 13 §4: free text at the edge").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).isEqualTo(incidents);
        assertThat(count("SELECT COUNT(*) FROM act_ru_execution")).isEqualTo(instances);
    }

    @Test
    void attachedFilesAndPrintableTextPassTheCheck() {
        // a base64 attachment is longer than any text limit and is not text: the check leaves it to the procedure
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> r = driver.api("nongan-registrar").exchange("/api/major-changes", HttpMethod.POST,
                new HttpEntity<>("{\"studentId\":31,\"proof\":\"医院诊断证明（复印件）\",\"proofBase64\":\""
                        + "QUJD".repeat(1000) + "\"}", headers), JsonNode.class);
        assertThat(r.getBody() == null ? "" : r.getBody().path("field").asText()).as(String.valueOf(r.getBody()))
                .isNotIn("proof", "proofBase64");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
