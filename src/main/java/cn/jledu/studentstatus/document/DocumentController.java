package cn.jledu.studentstatus.document;

import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.platform.NotFound;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents/{id}}: downloads a stored document. Allowed for the school's staff (any role), the
 * reviewers of the bureaus that review the school's cases, and administrators; for a case shared between schools
 * (a transfer) the same for each school of the case ({@link DocumentStore#shareCase}). Anybody else gets the same
 * answer as for a document that does not exist (404), so that ids do not reveal other schools' papers.
 */
@RestController
class DocumentController {

    private final DocumentStore store;
    private final StaffScope scope;

    DocumentController(DocumentStore store, StaffScope scope) {
        this.store = store;
        this.scope = scope;
    }

    @GetMapping("/api/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        scope.requireSignedIn();
        StoredDocument document = store.load(id);
        if (store.readerSchools(document).stream().noneMatch(scope::mayRead)) {
            throw new NotFound("文书不存在：" + id);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(document.id(), document.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(document.content());
    }

    /** {@code attachment; filename="document-12.pdf"; filename*=UTF-8''…} (RFC 6266 / RFC 5987). */
    static String contentDisposition(long id, String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return "attachment; filename=\"document-" + id + extension + "\"; filename*=UTF-8''" + encoded;
    }
}
