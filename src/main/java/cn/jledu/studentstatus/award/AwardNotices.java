package cn.jledu.studentstatus.award;

import cn.jledu.studentstatus.archive.Notifications;
import cn.jledu.studentstatus.document.AwardNoticeDocument;
import cn.jledu.studentstatus.document.AwardNoticeModel;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.document.CaseAttachments;
import org.springframework.stereotype.Component;

/**
 * Sends a reward notice (学生奖励通知书, R-SAN-4): prints it as PDF with the document service, keeps the PDF in the
 * document store, records the notification (text and document id) and attaches the PDF to the process instance (a
 * link to {@code GET /api/documents/{id}}). Called from 奖励存档并通知学生, an async step after the principal's user
 * task, so the process instance already exists in the database when the attachment is created.
 */
@Component
class AwardNotices {

    /** The kind of a reward notice in the document store. */
    static final String KIND = "AWARD_NOTICE";
    static final String SUBJECT = "学生奖励通知书";
    /** 第三十四条 rewards, 第三十八条 notice to the student, 第三十九条 into the archive. */
    static final String LEGAL_BASIS = "《吉林省中等职业学校学生学籍管理暂行办法》第三十四条、第三十八条、第三十九条";

    private final AwardNoticeDocument document;
    private final DocumentStore store;
    private final Notifications notifications;
    private final CaseAttachments attachments;

    AwardNotices(AwardNoticeDocument document, DocumentStore store, Notifications notifications, CaseAttachments attachments) {
        this.document = document;
        this.store = store;
        this.notifications = notifications;
        this.attachments = attachments;
    }

    /** Returns the id of the stored PDF. */
    long send(AwardNoticeModel notice, long studentId, String caseKey, String processInstanceId) {
        byte[] pdf = document.pdf(notice);
        String fileName = AwardNoticeDocument.fileName(notice);
        long documentId = store.save(new NewDocument(KIND, notice.title(), fileName, NewDocument.PDF, pdf,
                notice.schoolCode(), caseKey, studentId));
        notifications.record(studentId, caseKey, notice.subject(), notice.recipient(), text(notice), notice.date(),
                documentId);
        if (processInstanceId != null) {
            attachments.attach(processInstanceId, documentId, NewDocument.PDF, fileName,
                    notice.subject() + "（" + notice.documentNumber() + "）：" + notice.title());
        }
        return documentId;
    }

    /** The plain text the student sees (student_notification.letter_text): the PDF's heading and body. */
    static String text(AwardNoticeModel notice) {
        StringBuilder text = new StringBuilder();
        text.append(notice.subject()).append('\n').append(notice.title()).append('\n').append("文号：")
                .append(notice.documentNumber()).append('\n').append(notice.recipient()).append("：\n");
        for (String p : notice.paragraphs()) {
            text.append("    ").append(p).append('\n');
        }
        if (notice.reason() != null && !notice.reason().isBlank()) {
            text.append("    主要事迹：").append(notice.reason()).append('\n');
        }
        text.append(notice.issuer()).append('\n').append(notice.date());
        return text.toString();
    }
}
