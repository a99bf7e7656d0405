package cn.jledu.studentstatus.document;

import java.util.Objects;

/**
 * A document to keep: what it is ({@code kind}, e.g. {@link RegistrationFilingListDocument#KIND}), its file,
 * and whose it is (the school; the case, e.g. a process business key; the student, if it is about one).
 */
public record NewDocument(String kind, String title, String fileName, String contentType, byte[] content,
        String schoolCode, String caseKey, Long studentId) {

    public static final String PDF = "application/pdf";
    public static final String CSV = "text/csv;charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public NewDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(schoolCode, "schoolCode");
    }
}
