package cn.jledu.studentstatus.archive;

import java.time.OffsetDateTime;

/** One typed entry of a student's archive, with who recorded it and when. */
public record ArchiveEntry(long id, long studentId, ArchiveEntryKind kind, String title, String content,
                           String caseKey, Long documentId, boolean inPersonalArchive, String recordedBy,
                           OffsetDateTime recordedAt) {
}
