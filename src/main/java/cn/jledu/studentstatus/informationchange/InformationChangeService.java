package cn.jledu.studentstatus.informationchange;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.document.CaseAttachments;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.document.PrintableText;
import cn.jledu.studentstatus.national.NationalPayload;
import cn.jledu.studentstatus.national.NationalRegistry;
import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.FormRefusal;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.student.IdNumber;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.InformationChange;
import cn.jledu.studentstatus.student.PersonalData;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import cn.jledu.studentstatus.student.StudentProcedure;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 信息变更 (R-INF-1, 第二十三条): the registrar submits new values of name, gender, date of birth, home address, ID
 * number or household type with the legal identity proof of the student or guardian (type, number and the scanned
 * file, kept in the document store); the principal approves (the school changes the record), the supervising bureau
 * stamps and files it; then the record changes through {@link StudentRecords#changeInformation} (one history row with
 * the before/after values, listed in the monthly report), archive and national port. An ID-number change is checked
 * like a new registration (R-REG-2 checksum, R-REG-4 date of birth and gender consistent, no other active record of
 * the person) at the application, at the bureau's approval and, finally, by the database's active-person key.
 */
@Service
public class InformationChangeService {

    /** Whose legal identity proof was presented (第二十三条: 学生本人或监护人). */
    public enum ProofHolder {
        STUDENT("学生本人"), GUARDIAN("监护人");

        private final String label;

        ProofHolder(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The kind of legal identity proof. */
    public enum ProofType {
        RESIDENT_ID("居民身份证"), HOUSEHOLD_REGISTER("户口簿"), POLICE_CERTIFICATE("公安机关出具的户籍证明"),
        BIRTH_CERTIFICATE("出生医学证明"), OTHER("其他合法身份证明");

        private final String label;

        ProofType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * What the registrar submits: the student and the new values (a field left out keeps its value), the reason
     * and the proof's holder, type and number. The scanned proof comes as a file ({@link ProofFile}).
     */
    public record Application(Long studentId, String name, Gender gender, LocalDate birthDate, String address,
                              IdType idType, String idNumber, HouseholdType householdType, String reason,
                              ProofHolder proofHolder, ProofType proofType, String proofNumber) {
    }

    /** The scanned proof (PDF, JPEG or PNG). */
    public record ProofFile(String fileName, byte[] content) {
    }

    /** One case as stored. */
    public record InformationChangeCase(String caseKey, long studentId, String schoolCode, String changes,
                                        String reason, ProofHolder proofHolder, ProofType proofType,
                                        String proofNumber, long proofDocument, String state, String schoolBy,
                                        LocalDate schoolOn, String schoolNote, String bureauBy, LocalDate bureauOn,
                                        String bureauNote, String refusedBy, String refusalReason) {
    }

    static final int MAX_PROOF_BYTES = 10 * 1024 * 1024;
    static final String PROOF_KIND = "INFORMATION_CHANGE_PROOF";

    private final JdbcClient jdbc;
    private final StudentRepository students;
    private final StudentRecords records;
    private final Organisation organisation;
    private final Archive archive;
    private final AuditTrail audit;
    private final NationalRegistry national;
    private final DocumentStore documents;
    private final CaseAttachments attachments;
    private final PrintableText printable;

    InformationChangeService(JdbcClient jdbc, StudentRepository students, StudentRecords records,
                             Organisation organisation, Archive archive, AuditTrail audit, NationalRegistry national,
                             DocumentStore documents, CaseAttachments attachments, PrintableText printable) {
        this.jdbc = jdbc;
        this.students = students;
        this.records = records;
        this.organisation = organisation;
        this.archive = archive;
        this.audit = audit;
        this.national = national;
        this.documents = documents;
        this.attachments = attachments;
        this.printable = printable;
    }

    // ---- the application ----

    /**
     * Checks an application and records it: input (400), the record's own check (R-INF-1, R-DTH-1, R-REG-4
     * consistency), the ID number like a new registration (R-REG-2, R-REG-4: no other active record of the person),
     * then holds the student (PROC-1), stores the proof and the case. Nothing remains of a refused application.
     */
    InformationChangeCase apply(Application a, ProofFile proof) {
        if (a == null || a.studentId() == null) {
            throw bad("请选择要变更信息的学生。");
        }
        Student s = student(a.studentId());
        String reason = printable.check("reason", "变更原因", a.reason(), 1000);
        if (reason == null || reason.isBlank()) {
            throw bad("（第二十三条）请填写信息变更的原因。");
        }
        if (a.proofHolder() == null || a.proofType() == null) {
            throw bad("（第二十三条）请选择合法身份证明的提供人（学生本人或监护人）和证明材料种类。");
        }
        String proofNumber = printable.check("proofNumber", "证明材料编号", a.proofNumber(), 60);
        if (proofNumber == null || proofNumber.isBlank()) {
            throw bad("（第二十三条）请填写合法身份证明材料的编号（如身份证号码、户口簿户号或证明文号）。");
        }
        String contentType = checkProofFile(proof);
        LocalDate today = AppClock.today();
        InformationChange change = s.changeInformation(next(s, a, today), today);
        checkNotAnotherPerson(change);
        int previous = jdbc.sql("SELECT COUNT(*) FROM information_change_case WHERE student_id = ?").param(s.id())
                .query(Integer.class).single();
        String caseKey = "INF-" + s.studentNumber() + "-" + (previous + 1);
        records.claimProcedure(s.id(), StudentProcedure.INFORMATION_CHANGE, caseKey);
        long documentId = documents.save(new NewDocument(PROOF_KIND, "信息变更合法身份证明材料（" + a.proofType().label() + "）",
                safeFileName(proof.fileName(), contentType), contentType, proof.content(), s.schoolCode(), caseKey,
                s.id()));
        Student after = change.after();
        jdbc.sql("""
                        INSERT INTO information_change_case (case_key, student_id, school_code, new_name, new_gender,
                          new_birth_date, new_address, new_id_type, new_id_number, new_household_type, changes, reason,
                          proof_holder, proof_type, proof_number, proof_document, state, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPLIED', ?, ?)""")
                .params(caseKey, s.id(), s.schoolCode(), after.name(), after.gender().name(), after.birthDate(),
                        after.address(), after.idNumber().type().name(), after.idNumber().value(),
                        after.householdType() == null ? null : after.householdType().name(), change.describe(), reason,
                        a.proofHolder().name(), a.proofType().name(), proofNumber, documentId,
                        CurrentUser.idOrSystem(), AppClock.nowOffset())
                .update();
        audit.record("INFORMATION_CHANGE_APPLIED", "student", String.valueOf(s.id()), caseKey + "：" + change.describe());
        return get(caseKey);
    }

    private PersonalData next(Student s, Application a, LocalDate today) {
        String name = printable.check("name", "姓名", a.name(), 100);
        String address = printable.check("address", "家庭住址", a.address(), 300);
        if (a.name() != null && name.isBlank()) {
            throw bad("（第二十三条）姓名不能为空。");
        }
        IdNumber id = s.idNumber();
        if (a.idNumber() != null || a.idType() != null) {
            id = IdNumber.of(a.idType() == null ? s.idNumber().type() : a.idType(),
                    a.idNumber() == null ? s.idNumber().value() : a.idNumber(), today);
        }
        if (a.birthDate() != null && a.birthDate().isAfter(today)) {
            throw bad("（第二十三条）出生日期不能晚于今天：" + a.birthDate());
        }
        return new PersonalData(name == null ? s.name() : name, a.gender() == null ? s.gender() : a.gender(),
                a.birthDate() == null ? s.birthDate() : a.birthDate(), a.address() == null ? s.address() : address,
                id, a.householdType() == null ? s.householdType() : a.householdType());
    }

    /** R-REG-4: the new ID number must not belong to another active record (a second active status of the person). */
    private void checkNotAnotherPerson(InformationChange change) {
        if (!change.changesIdNumber()) {
            return;
        }
        students.activeByPerson(change.after().idNumber()).filter(o -> !o.id().equals(change.before().id()))
                .ifPresent(o -> {
                    String where = organisation.school(o.schoolCode()).name();
                    throw new RuleViolation("R-REG-4", "（第五条）证件号码" + change.after().idNumber().masked() + "已在" + where
                            + "持有学籍（" + o.status().label() + "），一人只能有一个有效学籍，不能变更为该号码。",
                            HttpStatus.CONFLICT);
                });
    }

    /** PDF, JPEG or PNG by content (not by name), not empty, at most 10 MB. Returns the content type. */
    static String checkProofFile(ProofFile proof) {
        if (proof == null || proof.content() == null || proof.content().length == 0) {
            throw bad("（第二十三条）请上传学生本人或监护人合法身份证明材料的扫描件（PDF、JPG 或 PNG）。");
        }
        byte[] b = proof.content();
        if (b.length > MAX_PROOF_BYTES) {
            throw bad("证明材料扫描件过大（上限 10 MB）。");
        }
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return NewDocument.PDF;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        throw bad("证明材料扫描件须为 PDF、JPG 或 PNG 文件。");
    }

    private static String safeFileName(String name, String contentType) {
        String extension = switch (contentType) {
            case NewDocument.PDF -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
        String base = name == null ? "" : name.replaceAll("[^\\p{IsHan}A-Za-z0-9._-]", "_");
        if (base.isBlank() || base.length() > 80) {
            base = "身份证明材料" + extension;
        }
        return base.toLowerCase().endsWith(extension) ? base : base + extension;
    }

    // ---- decisions ----

    /**
     * A decision from a form: approve or refuse with a reason. The principal confirms the proof was checked against
     * the original, the bureau that it stamped and filed the paper form (R-INF-1); the bureau's approval checks the
     * new ID number again (R-REG-4). A refusal at either level ends the case and changes nothing of the record.
     */
    void decide(String caseKey, String processInstanceId, boolean bureau, Object decision, Object reason,
                Object confirmed) {
        if (!InformationChangeContract.APPROVE.equals(decision) && !InformationChangeContract.REFUSE.equals(decision)) {
            throw new FormRefusal("请选择同意或不同意信息变更。");
        }
        if (reason == null || reason.toString().isBlank()) {
            throw new FormRefusal("请填写意见或理由。");
        }
        String note = reason.toString().strip();
        boolean approved = InformationChangeContract.APPROVE.equals(decision);
        InformationChangeCase c = get(caseKey);
        if (approved && !Boolean.TRUE.equals(confirmed)) {
            throw new FormRefusal("R-INF-1", bureau
                    ? "（第二十三条）请在纸质信息变更表上盖章确认备案后勾选“已盖章确认备案”。"
                    : "（第二十三条）请核对学生本人或监护人提供的合法身份证明原件后勾选“已核对身份证明原件”。");
        }
        if (approved && bureau) {
            try {
                Student s = student(c.studentId());
                checkNotAnotherPerson(s.changeInformation(stored(c.caseKey(), s), AppClock.today()));
            } catch (RuleViolation v) {
                throw FormRefusal.of(v);
            }
        }
        String who = bureau ? "主管教育行政部门" : "学校";
        if (approved) {
            String column = bureau ? "bureau" : "school";
            jdbc.sql("UPDATE information_change_case SET " + column + "_by = ?, " + column + "_on = ?, " + column
                            + "_note = ? WHERE case_key = ?")
                    .params(CurrentUser.idOrSystem(), AppClock.today(), note, caseKey).update();
            if (!bureau) {
                attachments.attach(processInstanceId, c.proofDocument(), documents.load(c.proofDocument()).contentType(),
                        documents.load(c.proofDocument()).fileName(), "合法身份证明材料：" + proofText(c));
            }
        } else {
            jdbc.sql("""
                            UPDATE information_change_case SET state = 'REFUSED', refused_by = ?, refusal_reason = ?
                            WHERE case_key = ?""")
                    .params(who, note, caseKey).update();
        }
        audit.record("INFORMATION_CHANGE_" + (bureau ? "BUREAU" : "SCHOOL") + (approved ? "_APPROVED" : "_REFUSED"),
                "student", String.valueOf(c.studentId()), caseKey + "：" + note);
    }

    /** 修改学籍信息: the record changes through the student module, archive, national port (same month). */
    void change(String caseKey, String processInstanceId) {
        InformationChangeCase c = get(caseKey);
        Student s = student(c.studentId());
        LocalDate today = AppClock.today();
        InformationChange change = s.changeInformation(stored(caseKey, s), today);
        Bureau bureau = organisation.supervisingBureau(s.schoolCode());
        String proof = proofText(c);
        records.changeInformation(change, new ChangeBasis(caseKey, processInstanceId, "依据：" + proof + "；原因："
                + c.reason(), List.of(
                Approval.school(organisation.school(s.schoolCode()).name(), "核对身份证明，同意变更：" + c.schoolNote())
                        .by(c.schoolBy(), c.schoolOn()),
                new Approval(Approval.Level.ofBureau(bureau.level().name()), bureau.name(), "盖章确认备案："
                        + c.bureauNote(), c.bureauBy(), c.bureauOn())), CurrentUser.idOrSystem()));
        jdbc.sql("UPDATE information_change_case SET state = 'DONE' WHERE case_key = ?").param(caseKey).update();
        archive.add(s.id(), ArchiveEntryKind.STATUS_CHANGE, "信息变更（主管教育行政部门盖章确认备案）", change.describe()
                + "；依据：" + proof + "；" + bureau.name() + "盖章确认备案", caseKey, c.proofDocument());
        NationalPayload payload = NationalPayload.of(s).put("变更类别", "信息变更");
        for (InformationChange.Field f : change.fields()) {
            payload.put("原" + f.label(), f.before()).put("新" + f.label(), f.after());
        }
        national.submit(NationalRegistry.Operation.INFORMATION_CHANGE, s.id(), s.schoolCode(), caseKey,
                payload.toString());
    }

    /** The values the case asks for, applied to the record as it is now. */
    private PersonalData stored(String caseKey, Student s) {
        return jdbc.sql("""
                        SELECT new_name, new_gender, new_birth_date, new_address, new_id_type, new_id_number,
                               new_household_type FROM information_change_case WHERE case_key = ?""")
                .param(caseKey)
                .query((rs, n) -> new PersonalData(rs.getString(1), Gender.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getString(4),
                        new IdNumber(IdType.valueOf(rs.getString(5)), rs.getString(6)),
                        rs.getString(7) == null ? null : HouseholdType.valueOf(rs.getString(7))))
                .single();
    }

    // ---- display and reads ----

    String title(Student s) {
        return "信息变更：" + s.name() + "（学籍号 " + s.studentNumber() + "）";
    }

    String changes(InformationChangeCase c) {
        return c.changes().replace("；", "\n");
    }

    String proofText(InformationChangeCase c) {
        return c.proofHolder().label() + "提供的" + c.proofType().label() + "（编号 " + c.proofNumber() + "），扫描件 /api/documents/"
                + c.proofDocument();
    }

    String summary(InformationChangeCase c, Student s) {
        return "学生：" + s.name() + "，学籍号 " + s.studentNumber() + "，" + s.status().label() + "\n变更内容（变更前 → 变更后）：\n"
                + changes(c) + "\n原因：" + c.reason() + "\n合法身份证明：" + proofText(c);
    }

    public InformationChangeCase get(String caseKey) {
        return jdbc.sql("SELECT * FROM information_change_case WHERE case_key = ?").param(caseKey)
                .query((rs, n) -> new InformationChangeCase(rs.getString("case_key"), rs.getLong("student_id"),
                        rs.getString("school_code"), rs.getString("changes"), rs.getString("reason"),
                        ProofHolder.valueOf(rs.getString("proof_holder")), ProofType.valueOf(rs.getString("proof_type")),
                        rs.getString("proof_number"), rs.getLong("proof_document"), rs.getString("state"),
                        rs.getString("school_by"), rs.getObject("school_on", LocalDate.class),
                        rs.getString("school_note"), rs.getString("bureau_by"),
                        rs.getObject("bureau_on", LocalDate.class), rs.getString("bureau_note"),
                        rs.getString("refused_by"), rs.getString("refusal_reason")))
                .optional().orElseThrow(() -> new NotFound("信息变更案件不存在：" + caseKey));
    }

    /** The approved information changes of a student, newest last, with before/after per field. */
    public List<String> history(long studentId) {
        return students.history(studentId).stream()
                .filter(h -> h.kind() == StatusChangeKind.INFORMATION_CHANGE)
                .map(h -> h.effectiveDate() + " " + h.caseKey() + "：" + students.informationFields(h.id()).stream()
                        .map(InformationChange.Field::describe).collect(Collectors.joining("；")))
                .toList();
    }

    Student student(long id) {
        return students.find(id).orElseThrow(() -> new NotFound("学生不存在：" + id));
    }

    private static RuleViolation bad(String message) {
        return new RuleViolation("R-INF-1", message, HttpStatus.BAD_REQUEST);
    }
}
