package cn.jledu.studentstatus.academicproof;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.assessment.CertificateNumbers;
import cn.jledu.studentstatus.assessment.IssuedCertificates;
import cn.jledu.studentstatus.assessment.IssuedCertificates.IssuedCertificate;
import cn.jledu.studentstatus.document.CaseAttachments;
import cn.jledu.studentstatus.document.CertificateDocument;
import cn.jledu.studentstatus.document.CertificateModel;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.organisation.Major;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * 学历证明书 (R-GRD-7, 第四十七条): a graduate whose certificate is lost applies through the school with the ID card,
 * the original newspaper void notice and the school's original stamping sheet; the stamping bureau checks them
 * against its filed copy and issues the proof, equal in effect to the certificate; it goes into the archive.
 */
@Service
public class AcademicProofService {

    /** A stored application. */
    public record Proof(long id, String caseKey, long studentId, String originalNumber, String voidNotice,
                        LocalDate voidNoticeDate, String state, String proofNumber, Long documentId) {
    }

    private final JdbcClient jdbc;
    private final StudentRepository students;
    private final IssuedCertificates certificates;
    private final CertificateNumbers numbers;
    private final CertificateDocument document;
    private final DocumentStore store;
    private final CaseAttachments attachments;
    private final Organisation organisation;
    private final OrganisationRepository organisationRepository;
    private final Archive archive;
    private final AuditTrail audit;

    AcademicProofService(JdbcClient jdbc, StudentRepository students, IssuedCertificates certificates,
                         CertificateNumbers numbers, CertificateDocument document, DocumentStore store,
                         CaseAttachments attachments, Organisation organisation,
                         OrganisationRepository organisationRepository, Archive archive, AuditTrail audit) {
        this.jdbc = jdbc;
        this.students = students;
        this.certificates = certificates;
        this.numbers = numbers;
        this.document = document;
        this.store = store;
        this.attachments = attachments;
        this.organisation = organisation;
        this.organisationRepository = organisationRepository;
        this.archive = archive;
        this.audit = audit;
    }

    Student student(long id) {
        return students.find(id).orElseThrow(() -> new NotFound("学生不存在：" + id));
    }

    /** The stamped certificate the proof replaces; refused (R-GRD-7) if the student has none. */
    IssuedCertificate certificate(long studentId) {
        return certificates.stampedCertificate(studentId).orElseThrow(() -> new RuleViolation("R-GRD-7",
                "（第四十七条）该生没有经验印的毕业（结业）证书记录，不能补发学历证明书。"));
    }

    /**
     * Checks and records an application (R-GRD-7): the three originals presented, a void notice published (not in
     * the future), a stamped certificate, no other open application. Returns the application's id.
     */
    long apply(long studentId, String voidNotice, LocalDate voidNoticeDate, boolean idCardPresented,
               boolean stampingSheetPresented) {
        Student s = student(studentId);
        IssuedCertificate c = certificate(studentId);
        if (!idCardPresented || !stampingSheetPresented) {
            throw new RuleViolation("R-GRD-7", "（第四十七条）申请须提交本人身份证原件和学校的毕业证书验印单原件。",
                    HttpStatus.BAD_REQUEST);
        }
        if (voidNotice == null || voidNotice.isBlank() || voidNoticeDate == null) {
            throw new RuleViolation("R-GRD-7", "（第四十七条）请填写登报声明作废的报纸名称、日期和版次（须提交报纸原件）。",
                    HttpStatus.BAD_REQUEST);
        }
        if (voidNoticeDate.isAfter(AppClock.today())) {
            throw new RuleViolation("R-GRD-7", "（第四十七条）遗失声明的登报日期不能晚于今天。", HttpStatus.BAD_REQUEST);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM academic_proof WHERE student_id = ? AND state = 'CHECKING'").param(studentId)
                .query(Integer.class).single() > 0) {
            throw new RuleViolation("R-GRD-7", s.name() + "已有正在办理的学历证明书申请。", HttpStatus.CONFLICT);
        }
        int attempt = jdbc.sql("SELECT COUNT(*) FROM academic_proof WHERE student_id = ?").param(studentId)
                .query(Integer.class).single() + 1;
        String caseKey = "APR-" + s.studentNumber() + "-" + attempt;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO academic_proof (case_key, student_id, original_number, void_notice, void_notice_date,
                          state, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'CHECKING', ?, ?)""")
                .params(caseKey, studentId, c.number(), voidNotice.strip(), voidNoticeDate, CurrentUser.idOrSystem(),
                        AppClock.nowOffset())
                .update(keys, "id");
        audit.record("ACADEMIC_PROOF_APPLIED", "student", String.valueOf(studentId), "原证书 " + c.number() + "；" + voidNotice);
        return keys.getKeyAs(Number.class).longValue();
    }

    public Proof proof(long id) {
        return jdbc.sql("""
                        SELECT id, case_key, student_id, original_number, void_notice, void_notice_date, state,
                          proof_number, document_id FROM academic_proof WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new Proof(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
                        (Long) rs.getObject(9, Long.class)))
                .optional().orElseThrow(() -> new NotFound("学历证明书申请不存在：" + id));
    }

    void refuse(long proofId, String note) {
        jdbc.sql("UPDATE academic_proof SET state = 'REFUSED' WHERE id = ?").param(proofId).update();
        audit.record("ACADEMIC_PROOF_REFUSED", "academic_proof", String.valueOf(proofId), note);
    }

    /** Issues the proof: a number of its own, the PDF, the archive entry; returns the document id. */
    long issue(long proofId, String processInstanceId) {
        Proof p = proof(proofId);
        Student s = student(p.studentId());
        IssuedCertificate c = certificate(p.studentId());
        School school = organisation.school(c.schoolCode());
        String bureau = organisation.bureau(c.stampingBureau()).name();
        LocalDate today = AppClock.today();
        String number = numbers.take(CertificateNumbers.Kind.PROOF, today.getYear(), 1).number(0);
        LocalDate from = LocalDate.of(s.entryYear(), s.entrySeason() == Season.SPRING ? 3 : 9, 1);
        boolean flexible = s.learningForm() == LearningForm.FLEXIBLE;
        List<String> remarks = new ArrayList<>();
        remarks.add("原" + c.kindLabel() + "编号：" + c.number() + "（" + c.issuedOn() + "，经" + bureau + "验印）");
        remarks.add("原证书遗失，已于 " + p.voidNoticeDate() + " 在" + p.voidNotice() + "登报声明作废；经核对验印部门留存的验印单，情况属实。");
        remarks.add("本证明书与原证书具有同等效力。");
        if (flexible) {
            remarks.add("学习形式：弹性学习；学习期限：" + CertificateDocument.month(from) + " 至 "
                    + CertificateDocument.month(c.issuedOn()));
        }
        String major = organisationRepository.major(s.majorCode()).map(Major::name).orElse(s.majorCode());
        String statement = "COMPLETE".equals(c.kind()) ? "修业期满，准予结业，特此证明。" : "修完规定课程，成绩合格，准予毕业，特此证明。";
        CertificateModel model = new CertificateModel(c.schoolCode(), "中等职业学校学历证明书", number, s.name(),
                s.gender().label(), s.birthDate(), s.idNumber().value(), school.name(), major, s.durationYears(),
                s.learningForm().label(), flexible, from, c.issuedOn(), statement, remarks, bureau, null, today);
        byte[] pdf = document.pdf(List.of(model));
        String fileName = p.caseKey() + "-学历证明书.pdf";
        long doc = store.save(new NewDocument("ACADEMIC_PROOF", "学历证明书", fileName, NewDocument.PDF, pdf,
                c.schoolCode(), p.caseKey(), s.id()));
        jdbc.sql("UPDATE academic_proof SET state = 'ISSUED', proof_number = ?, document_id = ? WHERE id = ?")
                .params(number, doc, proofId).update();
        jdbc.sql("""
                        INSERT INTO certificate (certificate_number, kind, student_id, school_code, case_key, issued_on,
                          stamped, sheet_document_id, stamping_bureau) VALUES (?, 'PROOF', ?, ?, ?, ?, TRUE, ?, ?)""")
                .params(number, s.id(), c.schoolCode(), p.caseKey(), today, c.sheetDocumentId(), c.stampingBureau())
                .update();
        archive.add(s.id(), ArchiveEntryKind.DOCUMENT, "学历证明书", "证明书编号 " + number + "；补发遗失的" + c.kindLabel()
                + "（" + c.number() + "）；由" + bureau + "核对留存验印单后出具", p.caseKey(), doc);
        attachments.attach(processInstanceId, doc, NewDocument.PDF, fileName, "学历证明书");
        audit.record("ACADEMIC_PROOF_ISSUED", "academic_proof", p.caseKey(), number);
        return doc;
    }

    Map<String, Object> summary(long studentId) {
        IssuedCertificate c = certificate(studentId);
        return Map.of("originalNumber", c.number(), "sheetPdfId", c.sheetDocumentId() == null ? 0L : c.sheetDocumentId(),
                "stampingBureau", c.stampingBureau(), "kind", c.kindLabel(), "issuedOn", c.issuedOn().toString(),
                "schoolCode", c.schoolCode());
    }
}
