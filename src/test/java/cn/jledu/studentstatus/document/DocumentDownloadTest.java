package cn.jledu.studentstatus.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The document store on PostgreSQL and who may download a stored document. */
@IntegrationTest
class DocumentDownloadTest {

    @Autowired
    DocumentStore store;
    @Autowired
    RegistrationFilingListDocument filingList;
    @Autowired
    ProcessDriver driver;
    @Autowired
    cn.jledu.studentstatus.organisation.OrganisationRepository organisation;

    RegistrationFilingList list;
    byte[] pdf;
    long id;

    @BeforeEach
    void storeAFilingListOfNongan() {
        list = FilingLists.county(FilingLists.rows(20, 9));
        assertThat(list.schoolCode()).isEqualTo(Demo.NONGAN.code());
        pdf = filingList.pdf(list);
        id = CurrentUser.callAs(Demo.staff(Demo.NONGAN, SchoolRole.REGISTRAR), () -> store.save(new NewDocument(
                RegistrationFilingListDocument.KIND, RegistrationFilingListDocument.TITLE,
                RegistrationFilingListDocument.fileName(list, "pdf"), NewDocument.PDF, pdf, list.schoolCode(),
                "REG-2026-FALL-" + list.schoolCode(), null)));
    }

    @Test
    void storedDocumentLoadsAsSaved() {
        StoredDocument loaded = store.load(id);

        assertThat(loaded.content()).isEqualTo(pdf);
        assertThat(loaded.size()).isEqualTo(pdf.length);
        assertThat(loaded.kind()).isEqualTo(RegistrationFilingListDocument.KIND);
        assertThat(loaded.fileName()).isEqualTo("2201220001-2026年秋季-新生入学注册备案名单.pdf");
        assertThat(loaded.createdBy()).isEqualTo("nongan-registrar");
        assertThat(loaded.createdAt()).isNotNull();
        assertThat(loaded.studentId()).isNull();
        assertThat(store.ofCase(list.schoolCode(), "REG-2026-FALL-" + list.schoolCode()))
                .extracting(StoredDocument::id).contains(id);
    }

    @Test
    void schoolRegistrarDownloadsWithUtf8FileName() {
        ResponseEntity<byte[]> response = driver.api("nongan-registrar").getForEntity("/api/documents/" + id, byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getBody()).isEqualTo(pdf);
        String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment; filename=\"document-" + id + ".pdf\"; filename*=UTF-8''2201220001-");
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("2201220001-2026年秋季-新生入学注册备案名单.pdf");
        assertThat(response.getHeaders().getContentDisposition().getCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void reviewingBureausAndAdministratorDownload() {
        for (String user : List.of("changchun-bureau", "nongan-bureau", "nongan-principal")) {
            assertThat(driver.api(user).getForEntity("/api/documents/" + id, byte[].class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.OK);
        }
        assertThat(driver.api("admin").getForEntity("/api/documents/" + id, byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void otherSchoolsAndOtherBureausAreRefusedAsIfTheDocumentDidNotExist() {
        // issue 13 §5: not yours and not there are the same answer
        String missing = driver.api("yongji-registrar").getForEntity("/api/documents/987654321", JsonNode.class)
                .getBody().get("detail").asText();
        for (String user : List.of("yongji-registrar", "jilincity-bureau", "yongji-bureau", "province-reviewer")) {
            ResponseEntity<JsonNode> refused = driver.api(user).getForEntity("/api/documents/" + id, JsonNode.class);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getBody().get("detail").asText()).isEqualTo(missing);
        }
    }

    /**
     * Issue 13 §5, scope rules (docs/security.md): documents and cases agree on who reads what — every staff role
     * of the school, the county and city bureaus above it, other schools and bureaus, the province and the
     * administrator get the same answer for 农安's filing list as for 农安's class roster (the same
     * {@code StaffScope.requireRead} rule).
     */
    @Test
    void documentsAndTheSchoolsRecordsAreReadByTheSamePeople() {
        long nonganClass = organisation.classes(Demo.NONGAN.code()).get(0).id();
        for (String user : List.of("nongan-registrar", "nongan-headteacher", "nongan-affairs", "nongan-principal",
                "nongan-appeal", "nongan-bureau", "changchun-bureau", "yongji-registrar", "yongji-bureau",
                "jilincity-bureau", "province-reviewer", "nongan-accounts", "admin")) {
            int document = driver.api(user).getForEntity("/api/documents/" + id, byte[].class).getStatusCode().value();
            int records = driver.api(user).getForEntity("/api/classes/" + nonganClass + "/students", String.class)
                    .getStatusCode().value();
            assertThat(document).as(user + ": document " + document + ", class roster " + records).isEqualTo(records);
        }
    }

    @Test
    void missingDocumentIs404AndAnonymousIs401() {
        ResponseEntity<JsonNode> missing = driver.api("nongan-registrar").getForEntity("/api/documents/987654321", JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("detail").asText()).isEqualTo("未找到该记录，或您无权查看该记录。");

        assertThat(driver.anonymous().getForEntity("/api/documents/" + id, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
