package cn.jledu.studentstatus.sanction;

import cn.jledu.studentstatus.archive.Notifications;
import cn.jledu.studentstatus.document.DecisionLetterDocument;
import cn.jledu.studentstatus.document.DecisionLetterModel;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.document.CaseAttachments;
import org.springframework.stereotype.Component;

/**
 * Sends a decision letter (R-SAN-4): prints it as PDF with the document service, keeps the PDF in the document
 * store, records the notification (text and document id) and attaches the PDF to the process instance (a link to
 * {@code GET /api/documents/{id}}). Called from the letter-recording service tasks, which run after a user task,
 * so the process instance already exists in the database when the attachment is created.
 */
@Component
class SanctionLetters {

    /** The kind of every sanction letter in the document store. */
    static final String KIND = "SANCTION_DECISION_LETTER";

    private final DecisionLetterDocument document;
    private final DocumentStore store;
    private final Notifications notifications;
    private final CaseAttachments attachments;

    SanctionLetters(DecisionLetterDocument document, DocumentStore store, Notifications notifications,
                    CaseAttachments attachments) {
        this.document = document;
        this.store = store;
        this.notifications = notifications;
        this.attachments = attachments;
    }

    /** Returns the id of the stored PDF. */
    long send(DecisionLetter letter, long studentId, String caseKey, String processInstanceId) {
        DecisionLetterModel model = letter.model();
        byte[] pdf = document.pdf(model);
        String fileName = DecisionLetterDocument.fileName(model);
        long documentId = store.save(new NewDocument(KIND, letter.title(), fileName, NewDocument.PDF, pdf,
                letter.schoolCode(), caseKey, studentId));
        notifications.record(studentId, caseKey, letter.subject(), letter.recipient(), letter.text(), letter.date(),
                documentId);
        if (processInstanceId != null) {
            attachments.attach(processInstanceId, documentId, NewDocument.PDF, fileName,
                    letter.subject() + "（" + letter.documentNumber() + "）：" + letter.title());
        }
        return documentId;
    }
}
