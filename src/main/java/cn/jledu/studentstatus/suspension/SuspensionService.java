package cn.jledu.studentstatus.suspension;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.document.CaseAttachments;
import cn.jledu.studentstatus.document.DecisionLetterDocument;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.document.StudentCertificateDocument;
import cn.jledu.studentstatus.document.StudentCertificateModel;
import cn.jledu.studentstatus.document.StudentCertificateModel.Particular;
import cn.jledu.studentstatus.national.NationalPayload;
import cn.jledu.studentstatus.national.NationalRegistry;
import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.MajorApproval;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.organisation.Term;
import cn.jledu.studentstatus.organisation.TermCalendar;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.FormRefusal;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.Exemption;
import cn.jledu.studentstatus.student.Placement;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentProcedure;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.student.WithdrawalProposals;
import cn.jledu.studentstatus.suspension.SuspensionContract.Ground;
import cn.jledu.studentstatus.suspension.SuspensionContract.RequestKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * 休学, 继续休学, 复学 (第十六条至第二十条): the rules (R-SUS-1…3, R-RES-1…3, R-CHG-1 through the student record), the
 * requests of a case (table {@code suspension_request}), the status changes, the certificate and the dates of the
 * suspension period's timers. The facade {@link SuspensionProcess} starts and correlates the process.
 */
@Service
public class SuspensionService {

    /** R-SUS-2: cumulative suspension at most two years, except military service. */
    public static final int MAX_MONTHS = 24;
    public static final int DEFAULT_MONTHS = 12;
    static final String CERTIFICATE_KIND = "SUSPENSION_CERTIFICATE";

    /** What the student and guardian apply for. */
    public record Application(Ground ground, Integer absenceHours, String hospital, boolean designatedHospital,
                              String certificate, String reason, LocalDate startsOn, Integer months,
                              Exemption exemption) {
    }

    /** An application to extend the suspension (继续休学). */
    public record Extension(Integer months, String reason, String certificate) {
    }

    /** An application to resume (复学): placement and, after an illness, the health certificate (R-RES-2). */
    public record Resumption(String majorCode, Long classId, Integer yearGroup, String hospital,
                             boolean designatedHospital, String healthCertificate, String reason) {
    }

    /** A row of {@code suspension_request}. */
    public record Request(long id, String caseKey, long studentId, RequestKind kind, Ground ground,
                          Integer absenceHours, Integer termClassHours, String termLabel, String hospital,
                          String certificate, String reason, Integer months, LocalDate startsOn, LocalDate endsOn,
                          String majorCode, Long classId, Integer yearGroup, String state, String schoolNote,
                          String bureauNote, Long certificateDocument) {
    }

    private final JdbcClient jdbc;
    private final StudentRecords records;
    private final Organisation organisation;
    private final OrganisationRepository organisationData;
    private final TermCalendar terms;
    private final Archive archive;
    private final AuditTrail audit;
    private final NationalRegistry national;
    private final StudentCertificateDocument certificates;
    private final DocumentStore documents;
    private final CaseAttachments attachments;
    private final WithdrawalProposals withdrawals;

    SuspensionService(JdbcClient jdbc, StudentRecords records, Organisation organisation,
                      OrganisationRepository organisationData, TermCalendar terms, Archive archive, AuditTrail audit,
                      NationalRegistry national, StudentCertificateDocument certificates, DocumentStore documents,
                      CaseAttachments attachments, WithdrawalProposals withdrawals) {
        this.jdbc = jdbc;
        this.records = records;
        this.organisation = organisation;
        this.organisationData = organisationData;
        this.terms = terms;
        this.archive = archive;
        this.audit = audit;
        this.national = national;
        this.certificates = certificates;
        this.documents = documents;
        this.attachments = attachments;
        this.withdrawals = withdrawals;
    }

    // ---- rules without the database ----

    /** R-SUS-1: more than one third of the semester's class hours; exactly one third is not enough. */
    static boolean moreThanOneThird(int hours, int classHours) {
        return hours * 3L > classHours;
    }

    /** R-SUS-2: the months already approved plus the months asked for stay within two years (military: no cap). */
    static void checkCap(Ground ground, int monthsBefore, int months) {
        if (ground == Ground.MILITARY) {
            return;
        }
        if (monthsBefore + months > MAX_MONTHS) {
            throw new RuleViolation("R-SUS-2", "（第十七条）休学累计时间一般不得超过二年：已休学" + monthsBefore + "个月，本次申请"
                    + months + "个月，合计" + (monthsBefore + months) + "个月。", HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    // ---- applications ----

    /** Checks an application to suspend (R-SUS-1, R-SUS-2, R-CHG-1), claims the student and records it. */
    Request checkApplication(long studentId, Application a, String caseKeyHint) {
        Student s = records.get(studentId);
        if (a == null || a.ground() == null) {
            throw bad("R-SUS-1", "（第十六条）请选择休学原因：因病、因事请假或依法服兵役。");
        }
        LocalDate today = AppClock.today();
        LocalDate startsOn = a.startsOn() == null ? today : a.startsOn();
        if (startsOn.isBefore(today.minusYears(1)) || startsOn.isAfter(today.plusYears(1))) {
            throw bad("R-SUS-1", "（第十六条）休学开始日期" + startsOn + "不合理：应在申请之日前后一年以内。");
        }
        s.suspend(startsOn, a.exemption()); // status (R-SUS-1, R-SUS-2) and flexible learning (R-CHG-1)
        if (a.reason() == null || a.reason().isBlank()) {
            throw bad("R-SUS-3", "（第十八条）请填写学生本人和监护人的休学申请理由。");
        }
        Integer termHours = null;
        String termLabel = null;
        int months;
        if (a.ground() == Ground.MILITARY) {
            if (a.months() == null || a.months() <= 0) {
                throw bad("R-SUS-2", "（第十七条）因服兵役休学的，请填写服役期限（月数），休学期限与服役期限相当。");
            }
            months = a.months();
        } else {
            Term term = terms.termOnOrBefore(s.schoolCode(), today);
            termHours = term.classHours();
            termLabel = term.label();
            int hours = a.absenceHours() == null ? 0 : a.absenceHours();
            if (a.ground() == Ground.ILLNESS && (a.hospital() == null || a.hospital().isBlank() || !a.designatedHospital()
                    || a.certificate() == null || a.certificate().isBlank())) {
                throw new RuleViolation("R-SUS-1", "（第十六条）因病休学须有学校指定的县级以上医院的诊断证明：请填写医院名称、"
                        + "证明内容并确认该医院为学校指定的县级以上医院。", HttpStatus.UNPROCESSABLE_ENTITY);
            }
            if (!moreThanOneThird(hours, term.classHours())) {
                throw new RuleViolation("R-SUS-1", "（第十六条）" + (a.ground() == Ground.ILLNESS ? "须停课治疗" : "请假累计")
                        + "的时间须超过一学期总课时的三分之一：" + term.label() + "总课时" + term.classHours() + "，三分之一为"
                        + oneThird(term.classHours()) + "课时，申请为" + hours + "课时。", HttpStatus.UNPROCESSABLE_ENTITY);
            }
            months = a.months() == null ? DEFAULT_MONTHS : a.months();
            if (months <= 0) {
                throw bad("R-SUS-2", "（第十七条）休学期限须为正数的月数（一般为一年）。");
            }
        }
        checkCap(a.ground(), approvedMonths(s.id()), months);
        String caseKey = caseKeyHint != null ? caseKeyHint : newCaseKey(s);
        records.claimProcedure(s.id(), StudentProcedure.SUSPENSION, caseKey); // released when the period begins
        long id = insert(caseKey, s.id(), RequestKind.SUSPENSION, a.ground(), a.absenceHours(), termHours, termLabel,
                a.hospital(), a.certificate(), a.reason(), months, startsOn, startsOn.plusMonths(months).minusDays(1),
                null, null, null);
        audit.record("SUSPENSION_APPLIED", "student", String.valueOf(s.id()), caseKey + "：" + a.ground().label());
        return request(id);
    }

    /** 继续休学 within the two-year cap (R-SUS-2), through the same approval. */
    Request checkExtension(String caseKey, Extension e) {
        Request current = currentPeriod(caseKey).orElseThrow(() -> notSuspended(caseKey));
        Student s = suspendedStudent(current.studentId(), caseKey);
        if (e == null || e.reason() == null || e.reason().isBlank()) {
            throw bad("R-SUS-2", "（第十七条）请填写继续休学的理由（休学期满仍不能复学的原因）。");
        }
        int months = e.months() == null ? DEFAULT_MONTHS : e.months();
        if (months <= 0) {
            throw bad("R-SUS-2", "（第十七条）继续休学的期限须为正数的月数。");
        }
        checkCap(current.ground(), approvedMonths(s.id()), months);
        records.claimProcedure(s.id(), StudentProcedure.SUSPENSION, caseKey);
        LocalDate startsOn = current.endsOn().plusDays(1);
        long id = insert(caseKey, s.id(), RequestKind.EXTENSION, current.ground(), null, null, null, null,
                e.certificate(), e.reason(), months, startsOn, startsOn.plusMonths(months).minusDays(1), null, null, null);
        audit.record("SUSPENSION_EXTENSION_APPLIED", "student", String.valueOf(s.id()), caseKey);
        return request(id);
    }

    /** 复学: the placement (R-RES-1, R-MAJ-1) and, after an illness, the health certificate (R-RES-2). */
    Request checkResumption(String caseKey, Resumption r) {
        Request current = currentPeriod(caseKey).orElseThrow(() -> notSuspended(caseKey));
        Student s = suspendedStudent(current.studentId(), caseKey);
        if (r == null || r.majorCode() == null || r.yearGroup() == null) {
            throw bad("R-RES-1", "（第十九条）请填写复学后编入的专业和年级（原则上随原专业的下一年级学习）。");
        }
        Placement placement = new Placement(s.schoolCode(), r.majorCode(), r.classId(), r.yearGroup());
        s.resume(AppClock.today(), placement); // R-RES-1: same school, year group not earlier
        MajorApproval.check(r.majorCode(), organisationData.major(r.majorCode()),
                organisationData.isApproved(s.schoolCode(), r.majorCode()));
        if (r.classId() != null) {
            SchoolClass c = organisationData.classes(s.schoolCode()).stream().filter(x -> x.id() == r.classId().longValue())
                    .findFirst().orElseThrow(() -> bad("R-RES-1", "（第十九条）班级不属于本校：" + r.classId()));
            MajorApproval.checkClass(c, organisationData.major(r.majorCode()).orElseThrow());
        }
        if (current.ground() == Ground.ILLNESS && (r.hospital() == null || r.hospital().isBlank()
                || !r.designatedHospital() || r.healthCertificate() == null || r.healthCertificate().isBlank())) {
            throw new RuleViolation("R-RES-2", "（第十九条）因病休学的学生申请复学，须持学校指定的县级以上医院的健康证明：请填写医院名称、"
                    + "证明内容并确认该医院为学校指定的县级以上医院。", HttpStatus.UNPROCESSABLE_ENTITY);
        }
        records.claimProcedure(s.id(), StudentProcedure.RESUMPTION, caseKey);
        long id = insert(caseKey, s.id(), RequestKind.RESUMPTION, current.ground(), null, null, null, r.hospital(),
                r.healthCertificate(), r.reason(), null, null, null, r.majorCode(), r.classId(), r.yearGroup());
        audit.record("RESUMPTION_APPLIED", "student", String.valueOf(s.id()), caseKey);
        return request(id);
    }

    // ---- decisions (form checks) ----

    void decideBySchool(String caseKey, String decision, String note, Boolean recheckPassed) {
        Request open = openRequest(caseKey);
        requireDecision(decision, note, "学校审批");
        if (open.kind() == RequestKind.RESUMPTION && open.ground() == Ground.ILLNESS
                && SuspensionContract.APPROVE.equals(decision) && !Boolean.TRUE.equals(recheckPassed)) {
            throw new FormRefusal("R-RES-2", "（第十九条）因病休学的学生须经学校复查，确认能坚持正常学习者方可复学：请勾选“学校复查合格”或不予批准。");
        }
        jdbc.sql("UPDATE suspension_request SET school_note = ?, state = ?, decided_at = ? WHERE id = ?")
                .params(note.strip(), SuspensionContract.REJECT.equals(decision) ? "REJECTED" : "OPEN",
                        SuspensionContract.REJECT.equals(decision) ? AppClock.nowOffset() : null, open.id())
                .update();
        audit.record(open.kind() + "_SCHOOL_" + decision, "student", String.valueOf(open.studentId()), note.strip());
    }

    void decideByBureau(String caseKey, String decision, String note) {
        Request open = openRequest(caseKey);
        requireDecision(decision, note, "审核");
        jdbc.sql("UPDATE suspension_request SET bureau_note = ?, state = ?, decided_at = ? WHERE id = ?")
                .params(note.strip(), SuspensionContract.REJECT.equals(decision) ? "REJECTED" : "OPEN",
                        AppClock.nowOffset(), open.id())
                .update();
        audit.record(open.kind() + "_BUREAU_" + decision, "student", String.valueOf(open.studentId()), note.strip());
    }

    private static void requireDecision(String decision, String note, String what) {
        if (!SuspensionContract.APPROVE.equals(decision) && !SuspensionContract.REJECT.equals(decision)) {
            throw new FormRefusal("请选择" + what + "意见：同意或不同意。");
        }
        if (note == null || note.isBlank()) {
            throw new FormRefusal("请填写" + what + "说明。");
        }
    }

    // ---- carrying out ----

    /** After the bureau's approval: the suspension (status 休学, R-SUS-3 benefits stop) or its extension. */
    void applyApproved(String caseKey, String processInstanceId) {
        Request r = openRequest(caseKey);
        Student s = records.get(r.studentId());
        String schoolName = organisation.school(s.schoolCode()).name();
        Bureau bureau = organisation.supervisingBureau(s.schoolCode());
        LocalDate today = AppClock.today();
        List<Approval> approvals = List.of(
                Approval.school(schoolName, "批准" + r.kind().label() + "：" + r.schoolNote()),
                new Approval(Approval.Level.ofBureau(bureau.level().name()), bureau.name(), "审核通过并盖章确认："
                        + r.bureauNote(), CurrentUser.idOrSystem(), today));
        String period = period(r);
        String benefits = "休学期间不享受在校学生待遇（国家助学金等自" + r.startsOn() + "起停发，R-SUS-3）";
        switch (r.kind()) {
            case SUSPENSION -> {
                records.apply(s.suspend(r.startsOn(), null), new ChangeBasis(caseKey, processInstanceId,
                        r.ground().label() + "休学，期限" + period + "；" + benefits, approvals, CurrentUser.idOrSystem()));
                jdbc.sql("UPDATE suspension_request SET state = 'APPROVED', benefits_stopped_on = ?, decided_at = ? WHERE id = ?")
                        .params(r.startsOn(), AppClock.nowOffset(), r.id()).update();
            }
            case EXTENSION -> {
                // R-SUS-2: the student stays 休学; the extension is its own history row (before and after 休学, the
                // new end date, both approvals) so that the monthly report and the national port carry it
                records.apply(s.extendSuspension(r.startsOn()), new ChangeBasis(caseKey, processInstanceId,
                        r.ground().label() + "继续休学" + r.months() + "个月，" + r.startsOn() + "起，新的休学结束日期"
                                + r.endsOn() + "（期限" + period + "）；" + benefits, approvals,
                        CurrentUser.idOrSystem()));
                jdbc.sql("UPDATE suspension_request SET state = 'APPROVED', benefits_stopped_on = ?, decided_at = ? WHERE id = ?")
                        .params(r.startsOn(), AppClock.nowOffset(), r.id()).update();
            }
            default -> throw new IllegalStateException("not a suspension request: " + r.kind());
        }
        archive.add(s.id(), ArchiveEntryKind.STATUS_CHANGE, r.kind().label(), r.ground().label() + r.kind().label()
                + "，期限" + period + "；学校意见：" + r.schoolNote() + "；" + bureau.name() + "审核：" + r.bureauNote()
                + "；" + benefits, caseKey, null);
        national.submit(NationalRegistry.Operation.STATUS_CHANGE, s.id(), s.schoolCode(), caseKey + "#" + r.id(),
                NationalPayload.of(s).put("异动类别", r.kind().label()).put("异动原因", r.ground().label())
                        .put("休学开始日期", r.startsOn().toString()).put("休学结束日期", r.endsOn().toString())
                        .put("享受国家助学金", "否").put("待遇停止日期", r.startsOn().toString()).toString());
    }

    /** The suspension certificate (休学证明, 第十六条) for the period just approved: stored, attached, archived. */
    long issueCertificate(String caseKey, String processInstanceId) {
        Request r = currentPeriod(caseKey).orElseThrow(() -> notSuspended(caseKey));
        Student s = records.get(r.studentId());
        String schoolName = organisation.school(s.schoolCode()).name();
        LocalDate first = firstStart(caseKey);
        List<Particular> particulars = new ArrayList<>(List.of(
                new Particular("姓名", s.name()), new Particular("学籍号", s.studentNumber()),
                new Particular("专业", organisationData.major(s.majorCode()).map(m -> m.name()).orElse(s.majorCode())
                        + "（" + s.yearGroup() + "级）"),
                new Particular("休学原因", r.ground().label()),
                new Particular("休学期限", first.equals(r.startsOn()) ? chinese(r.startsOn()) + "至" + chinese(r.endsOn())
                        : chinese(first) + "至" + chinese(r.endsOn()) + "（含继续休学" + chinese(r.startsOn()) + "起）"),
                new Particular("复学申请", "休学期满前一个月左右向学校申请复学（" + chinese(r.endsOn().minusMonths(1)) + "前后）")));
        List<String> paragraphs = List.of(
                "兹证明我校学生" + s.name() + "（学籍号 " + s.studentNumber() + "）" + r.ground().label() + "申请休学，经学校审核批准，"
                        + "并报主管教育行政部门审核确认，准予" + r.kind().label() + "。",
                "休学期间学校对其校外活动不承担管理责任，学生不享受在校学生待遇。休学期满仍不能复学的，应办理继续休学手续；"
                        + "休学期满两周内未办理复学手续的，学校可以做退学处理。");
        StudentCertificateModel model = new StudentCertificateModel(s.schoolCode(), schoolName, "休学证明",
                caseKey + "-" + r.id(), paragraphs, particulars, null,
                List.of("依据《吉林省中等职业学校学生学籍管理暂行办法》第十六条至第十九条。"), AppClock.today());
        byte[] pdf = certificates.pdf(model);
        String fileName = StudentCertificateDocument.fileName(model);
        long documentId = documents.save(new NewDocument(CERTIFICATE_KIND, "休学证明：" + s.name(), fileName, NewDocument.PDF,
                pdf, s.schoolCode(), caseKey, s.id()));
        jdbc.sql("UPDATE suspension_request SET certificate_document = ? WHERE id = ?").params(documentId, r.id()).update();
        archive.add(s.id(), ArchiveEntryKind.DOCUMENT, "休学证明", "休学期限至" + r.endsOn(), caseKey, documentId);
        attachments.attach(processInstanceId, documentId, NewDocument.PDF, fileName, "休学证明：" + s.name());
        return documentId;
    }

    /** 复学 after the bureau's approval: status 在籍 in the new placement, benefits resume. */
    void resume(String caseKey, String processInstanceId) {
        Request r = openRequest(caseKey);
        Student s = records.get(r.studentId());
        LocalDate today = AppClock.today();
        Bureau bureau = organisation.supervisingBureau(s.schoolCode());
        Placement placement = new Placement(s.schoolCode(), r.majorCode(), r.classId(), r.yearGroup());
        records.apply(s.resume(today, placement), new ChangeBasis(caseKey, processInstanceId,
                "复学，编入" + r.yearGroup() + "级 " + r.majorCode() + "专业；恢复在校学生待遇",
                List.of(Approval.school(organisation.school(s.schoolCode()).name(), "批准复学：" + r.schoolNote()),
                        new Approval(Approval.Level.ofBureau(bureau.level().name()), bureau.name(),
                                "审核通过并盖章确认：" + r.bureauNote(), CurrentUser.idOrSystem(), today)),
                CurrentUser.idOrSystem()));
        jdbc.sql("UPDATE suspension_request SET state = 'APPROVED', benefits_resumed_on = ?, decided_at = ? WHERE id = ?")
                .params(today, AppClock.nowOffset(), r.id()).update();
        archive.add(s.id(), ArchiveEntryKind.STATUS_CHANGE, "复学", "编入" + r.yearGroup() + "级 " + r.majorCode()
                + "专业；学校意见：" + r.schoolNote() + "；" + bureau.name() + "审核：" + r.bureauNote(), caseKey, null);
        national.submit(NationalRegistry.Operation.STATUS_CHANGE, s.id(), s.schoolCode(), caseKey + "#" + r.id(),
                NationalPayload.of(s).put("异动类别", "复学").put("复学日期", today.toString())
                        .put("专业", r.majorCode()).put("年级", String.valueOf(r.yearGroup()))
                        .put("享受国家助学金", "恢复").toString());
    }

    // ---- the timers of the suspension period ----

    /** R-RES-1: one month before the end the registrar collects a resumption or extension application. */
    Date reminderAt(String caseKey) {
        return startOfDay(currentPeriod(caseKey).orElseThrow(() -> notSuspended(caseKey)).endsOn().minusMonths(1));
    }

    /** R-WDR-2 (1): two weeks after the end with no resumption. */
    Date expiryProposalAt(String caseKey) {
        return startOfDay(currentPeriod(caseKey).orElseThrow(() -> notSuspended(caseKey)).endsOn().plusDays(15));
    }

    /** R-WDR-2 (2): two consecutive years of suspension. */
    Date twoYearsAt(String caseKey) {
        return startOfDay(firstStart(caseKey).plusYears(2));
    }

    /** Proposes the withdrawal to the school (R-WDR-2) if the student is still suspended; a person decides. */
    boolean proposeWithdrawal(String caseKey, WithdrawalProposals.Ground ground) {
        Request current = currentPeriod(caseKey).orElseThrow(() -> notSuspended(caseKey));
        Student s = records.get(current.studentId());
        if (s.status() != StudentStatus.SUSPENDED) {
            audit.record("WITHDRAWAL_PROPOSAL_SKIPPED", "student", String.valueOf(s.id()),
                    caseKey + "：学籍状态已为“" + s.status().label() + "”");
            return false;
        }
        String evidence = "休学案件 " + caseKey + "：" + current.ground().label() + "休学，自" + firstStart(caseKey) + "起，期满日期"
                + current.endsOn() + "；截至" + AppClock.today() + "未办理复学手续（" + ground.label() + "）。";
        return withdrawals.propose(s.id(), ground, evidence, caseKey + ":" + ground.name() + ":" + current.endsOn());
    }

    // ---- reads ----

    Request request(long id) {
        return jdbc.sql("SELECT * FROM suspension_request WHERE id = ?").param(id).query(SuspensionService::map).single();
    }

    public List<Request> requests(String caseKey) {
        return jdbc.sql("SELECT * FROM suspension_request WHERE case_key = ? ORDER BY id").param(caseKey)
                .query(SuspensionService::map).list();
    }

    /** The request under decision (the last one still open). */
    Request openRequest(String caseKey) {
        return jdbc.sql("SELECT * FROM suspension_request WHERE case_key = ? AND state = 'OPEN' ORDER BY id DESC")
                .param(caseKey).query(SuspensionService::map).list().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no open request of " + caseKey));
    }

    /** The approved suspension or extension that ends last: the current period. */
    Optional<Request> currentPeriod(String caseKey) {
        return jdbc.sql("""
                        SELECT * FROM suspension_request WHERE case_key = ? AND state = 'APPROVED'
                          AND kind IN ('SUSPENSION', 'EXTENSION') ORDER BY ends_on DESC""")
                .param(caseKey).query(SuspensionService::map).list().stream().findFirst();
    }

    LocalDate firstStart(String caseKey) {
        return jdbc.sql("""
                        SELECT MIN(starts_on) FROM suspension_request WHERE case_key = ? AND state = 'APPROVED'
                          AND kind IN ('SUSPENSION', 'EXTENSION')""")
                .param(caseKey).query(LocalDate.class).optional().orElseThrow(() -> notSuspended(caseKey));
    }

    /** Approved months of suspension of the student outside military service (R-SUS-2). */
    int approvedMonths(long studentId) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(months), 0) FROM suspension_request WHERE student_id = ? AND state = 'APPROVED'
                          AND kind IN ('SUSPENSION', 'EXTENSION') AND ground <> 'MILITARY'""")
                .param(studentId).query(Integer.class).single();
    }

    Student student(long id) {
        return records.get(id);
    }

    String summary(Request r) {
        Student s = records.get(r.studentId());
        StringBuilder b = new StringBuilder(s.name() + "（学籍号 " + s.studentNumber() + "）申请" + r.kind().label());
        if (r.kind() == RequestKind.RESUMPTION) {
            b.append("，编入").append(r.yearGroup()).append("级 ").append(r.majorCode()).append("专业");
            if (r.hospital() != null) {
                b.append("；健康证明：").append(r.hospital()).append("，").append(r.certificate());
            }
        } else {
            b.append("，原因：").append(r.ground().label()).append("，期限").append(period(r)).append("（")
                    .append(r.months()).append("个月）");
            if (r.absenceHours() != null && r.termClassHours() != null) {
                b.append("；").append(r.termLabel()).append("总课时").append(r.termClassHours()).append("，")
                        .append(r.ground() == Ground.ILLNESS ? "须停课治疗" : "请假累计").append(r.absenceHours())
                        .append("课时（超过三分之一：").append(oneThird(r.termClassHours())).append("课时）");
            }
            if (r.hospital() != null) {
                b.append("；诊断证明：").append(r.hospital()).append("，").append(r.certificate());
            }
            b.append("；已批准休学累计").append(approvedMonths(r.studentId())).append("个月");
        }
        b.append("；申请理由：").append(r.reason());
        return b.toString();
    }

    String caseTitle(Student s) {
        return "休学：" + s.name() + "（学籍号 " + s.studentNumber() + "）";
    }

    // ---- helpers ----

    private String newCaseKey(Student s) {
        int n = jdbc.sql("SELECT COUNT(DISTINCT case_key) FROM suspension_request WHERE student_id = ?").param(s.id())
                .query(Integer.class).single();
        return "SUS-" + s.studentNumber() + "-" + (n + 1);
    }

    private long insert(String caseKey, long studentId, RequestKind kind, Ground ground, Integer hours,
                        Integer termHours, String termLabel, String hospital, String certificate, String reason,
                        Integer months, LocalDate startsOn, LocalDate endsOn, String majorCode, Long classId,
                        Integer yearGroup) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO suspension_request (case_key, student_id, kind, ground, absence_hours, term_class_hours,
                          term_label, hospital, certificate_text, reason, months, starts_on, ends_on, major_code, class_id,
                          year_group, state, applied_by, applied_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(caseKey, studentId, kind.name(), ground == null ? null : ground.name(), hours, termHours,
                        termLabel, blankToNull(hospital), blankToNull(certificate), reason == null ? null : reason.strip(),
                        months, startsOn, endsOn, majorCode, classId, yearGroup, CurrentUser.idOrSystem(),
                        AppClock.nowOffset())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private Student suspendedStudent(long studentId, String caseKey) {
        Student s = records.get(studentId);
        if (s.status() != StudentStatus.SUSPENDED) {
            throw new RuleViolation("R-RES-1", "（第十九条）该生已不在休学中（案件 " + caseKey + "，学籍状态“" + s.status().label()
                    + "”）。", HttpStatus.CONFLICT);
        }
        return s;
    }

    private static RuleViolation notSuspended(String caseKey) {
        return new RuleViolation("R-RES-1", "（第十九条）休学案件 " + caseKey + " 尚无已批准的休学期。", HttpStatus.CONFLICT);
    }

    private static RuleViolation bad(String rule, String message) {
        return new RuleViolation(rule, message, HttpStatus.BAD_REQUEST);
    }

    static String oneThird(int classHours) {
        return classHours % 3 == 0 ? String.valueOf(classHours / 3)
                : String.format("%.1f", classHours / 3.0);
    }

    private static String period(Request r) {
        return r.startsOn() + "至" + r.endsOn();
    }

    private static String chinese(LocalDate d) {
        return DecisionLetterDocument.chineseDate(d);
    }

    private static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(AppClock.ZONE).toInstant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Request map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String ground = rs.getString("ground");
        return new Request(rs.getLong("id"), rs.getString("case_key"), rs.getLong("student_id"),
                RequestKind.valueOf(rs.getString("kind")), ground == null ? null : Ground.valueOf(ground),
                (Integer) rs.getObject("absence_hours", Integer.class),
                (Integer) rs.getObject("term_class_hours", Integer.class), rs.getString("term_label"),
                rs.getString("hospital"), rs.getString("certificate_text"), rs.getString("reason"),
                (Integer) rs.getObject("months", Integer.class), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("major_code"),
                (Long) rs.getObject("class_id", Long.class), (Integer) rs.getObject("year_group", Integer.class),
                rs.getString("state"), rs.getString("school_note"), rs.getString("bureau_note"),
                (Long) rs.getObject("certificate_document", Long.class));
    }
}
