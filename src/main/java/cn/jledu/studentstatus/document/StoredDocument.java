package cn.jledu.studentstatus.document;

import java.time.OffsetDateTime;

/** A document kept in the {@code document} table. */
public record StoredDocument(long id, String kind, String title, String fileName, String contentType, byte[] content,
        long size, String schoolCode, String caseKey, Long studentId, String createdBy, OffsetDateTime createdAt) {
}
