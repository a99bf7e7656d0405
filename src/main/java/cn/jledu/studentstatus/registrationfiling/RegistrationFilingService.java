package cn.jledu.studentstatus.registrationfiling;

import static cn.jledu.studentstatus.registrationfiling.RegistrationFilingContract.Vars;

import cn.jledu.studentstatus.student.Intake;


import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.RegistrationFilingList;
import cn.jledu.studentstatus.document.RegistrationFilingListDocument;
import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.BureauLevel;
import cn.jledu.studentstatus.organisation.Major;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.TransferNotes;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.calendar.WorkingDayCalendar;
import cn.jledu.studentstatus.platform.CaseVariables;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import cn.jledu.studentstatus.document.CaseAttachments;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 新生入学注册备案 (R-REG-11): after the intake deadline the school generates the filing list of its new
 * students (PDF to sign and seal, and the electronic list), which goes through the principal, the county bureau
 * (county schools) and the city bureau. Also the facade of processes/registration-filing.bpmn.
 */
@Service
public class RegistrationFilingService {

    /** A filing and its documents. */
    public record Filing(long id, String caseKey, String schoolCode, int studentCount, Long pdfId, Long xlsxId,
                         Long csvId, String processInstanceId) {
    }

    private final JdbcClient jdbc;
    private final CaseAttachments attachments;
    private final Organisation organisation;
    private final OrganisationRepository organisationRepository;
    private final RegistrationFilingListDocument document;
    private final DocumentStore store;
    private final Archive archive;
    private final AuditTrail audit;
    private final List<TransferNotes> transferNotes;
    private final WorkingDayCalendar calendar;
    private final int reminderWorkingDays;

    RegistrationFilingService(JdbcClient jdbc, CaseAttachments attachments, Organisation organisation,
                      OrganisationRepository organisationRepository, RegistrationFilingListDocument document,
                      DocumentStore store, Archive archive, AuditTrail audit, List<TransferNotes> transferNotes,
                      WorkingDayCalendar calendar,
                      @Value("${studentstatus.monthly-report.intake-reminder-working-days:5}") int reminderWorkingDays) {
        if (reminderWorkingDays < 1) {
            throw new IllegalArgumentException("studentstatus.monthly-report.intake-reminder-working-days 必须为正整数。");
        }
        this.calendar = calendar;
        this.reminderWorkingDays = reminderWorkingDays;
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.organisation = organisation;
        this.organisationRepository = organisationRepository;
        this.document = document;
        this.store = store;
        this.archive = archive;
        this.audit = audit;
        this.transferNotes = transferNotes;
    }

    /**
     * Records the filing of an intake; only after its registration deadline and with new students (R-REG-11). The
     * facade {@link RegistrationFilingProcess#start} starts the case.
     */
    long record(String schoolCode, Intake intake) {
        if (!AppClock.today().isAfter(intake.closes())) {
            throw new RuleViolation("R-REG-11", "（第七条）注册结束后才能打印备案名单：" + intake.label() + "注册"
                    + intake.closes() + "截止。");
        }
        String caseKey = caseKey(schoolCode, intake);
        if (jdbc.sql("SELECT COUNT(*) FROM registration_filing WHERE case_key = ?").param(caseKey)
                .query(Integer.class).single() > 0) {
            throw new RuleViolation("R-REG-11", intake.label() + "的备案名单已经生成（" + caseKey + "）。",
                    HttpStatus.CONFLICT);
        }
        if (intakeStudents(schoolCode, intake).isEmpty()) {
            // refused here, not in the asynchronous step, where it would only become an incident
            int waiting = underReview(schoolCode, intake);
            throw new RuleViolation("R-REG-11", intake.label() + "没有注册的新生，无需备案"
                    + (waiting == 0 ? "。" : "（" + waiting + "名新生仍在注册审核中，审核通过后才能列入备案名单）。"));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO registration_filing (case_key, school_code, intake_year, intake_season, student_count,
                          created_at) VALUES (?, ?, ?, ?, 0, ?)""")
                .params(caseKey, schoolCode, intake.year(), intake.season().name(), AppClock.nowOffset())
                .update(keys, "id");
        audit.record("FILING_STARTED", "registration_filing", caseKey, intake.label());
        return keys.getKey().longValue();
    }

    // ---- intake deadlines (R-REG-6) ------------------------------------------------------------------------

    /** Schools that still take new students: active and not closed (R-MON-5), in code order. */
    List<String> openSchools() {
        return jdbc.sql("SELECT code FROM school WHERE active AND closed_on IS NULL ORDER BY code").query(String.class)
                .list();
    }

    /** Whether the school is open (not closed or merged, R-MON-5); the deadline case asks before reminding. */
    public boolean schoolOpen(String schoolCode) {
        return jdbc.sql("SELECT COUNT(*) FROM school WHERE code = ? AND active AND closed_on IS NULL").param(schoolCode)
                .query(Integer.class).single() > 0;
    }

    static String deadlineCaseKey(String schoolCode, Intake intake) {
        return "DDL-" + schoolCode + "-" + intake.code();
    }

    boolean deadlineCaseExists(String schoolCode, Intake intake) {
        return jdbc.sql("SELECT COUNT(*) FROM intake_deadline WHERE school_code = ? AND intake_code = ?")
                .params(schoolCode, intake.code()).query(Integer.class).single() > 0;
    }

    /**
     * The day the school and its bureau are reminded: {@code reminderWorkingDays} working days before the last day
     * of registration, counted back in the school's calendar (R-REG-6).
     */
    LocalDate reminderDay(String schoolCode, Intake intake) {
        LocalDate day = intake.closes();
        int counted = 0;
        while (counted < reminderWorkingDays) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day, schoolCode)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Records the deadline case of an open school and intake (once: R-REG-6) and returns the variables it starts
     * with: the school, the deadline, the reminder date.
     */
    Map<String, Object> openDeadline(String schoolCode, Intake intake) {
        School school = organisation.school(schoolCode);
        if (!schoolOpen(schoolCode)) {
            throw new RuleViolation("R-MON-5", school.name() + "已撤销或停办，不再招收新生。", HttpStatus.CONFLICT);
        }
        if (deadlineCaseExists(schoolCode, intake)) {
            throw new RuleViolation("R-REG-6", school.name() + intake.label() + "的注册截止期限案件已经开启。",
                    HttpStatus.CONFLICT);
        }
        String caseKey = deadlineCaseKey(schoolCode, intake);
        LocalDate reminderDay = reminderDay(schoolCode, intake);
        jdbc.sql("""
                        INSERT INTO intake_deadline (school_code, intake_code, case_key, deadline, reminder_on, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(schoolCode, intake.code(), caseKey, intake.closes(), reminderDay, AppClock.nowOffset()).update();
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.SCHOOL_CODE, schoolCode);
        vars.put(Vars.SCHOOL_NAME, school.name());
        vars.put(Vars.CASE_TITLE, "注册截止：" + school.name() + " " + intake.label());
        vars.put(CaseVariables.CASE_SUMMARY, school.name() + intake.label() + "新生注册于" + intake.closes()
                + "截止（R-REG-6），截止后开启注册备案（R-REG-11）。");
        vars.put(Vars.INTAKE_YEAR, intake.year());
        vars.put(Vars.INTAKE_SEASON, intake.season().name());
        vars.put(Vars.INTAKE_LABEL, intake.label());
        vars.put(Vars.DEADLINE, intake.closes().toString());
        vars.put(Vars.DEADLINE_AT, Date.from(WorkingDayCalendar.endOf(intake.closes())));
        vars.put(Vars.REMINDER_DAYS, reminderWorkingDays);
        vars.put(Vars.REMINDER_AT, Date.from(reminderDay.atTime(REMINDER_TIME).atZone(AppClock.ZONE).toInstant()));
        audit.record("INTAKE_DEADLINE_OPENED", "intake_deadline", caseKey, intake.label() + "，" + intake.closes()
                + "截止，" + reminderDay + "提醒");
        return vars;
    }

    /** The reminder is due at the start of the working day. */
    static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

    /** Why no filing case is started at the deadline (null: start one). */
    String noFilingReason(String schoolCode, Intake intake) {
        if (!schoolOpen(schoolCode)) {
            return "学校已撤销或停办，不生成备案名单（R-MON-5）";
        }
        if (jdbc.sql("SELECT COUNT(*) FROM registration_filing WHERE case_key = ?").param(caseKey(schoolCode, intake))
                .query(Integer.class).single() > 0) {
            return "备案名单已经生成（" + caseKey(schoolCode, intake) + "）";
        }
        if (intakeStudents(schoolCode, intake).isEmpty()) {
            return intake.label() + "没有注册的新生，无需备案";
        }
        return null;
    }

    void recordDeadlineOutcome(String schoolCode, Intake intake, String filingCaseKey, String outcome) {
        jdbc.sql("UPDATE intake_deadline SET filing_case_key = ?, outcome = ? WHERE school_code = ? AND intake_code = ?")
                .params(filingCaseKey, outcome, schoolCode, intake.code()).update();
        audit.record("INTAKE_DEADLINE_PASSED", "intake_deadline", deadlineCaseKey(schoolCode, intake), outcome);
    }

    /** The deadline case of a school and intake as recorded: the filing case it started (or null) and the outcome. */
    public record Deadline(String caseKey, LocalDate deadline, LocalDate reminderOn, String filingCaseKey,
                           String outcome) {
    }

    public java.util.Optional<Deadline> deadline(String schoolCode, Intake intake) {
        return jdbc.sql("""
                        SELECT case_key, deadline, reminder_on, filing_case_key, outcome FROM intake_deadline
                        WHERE school_code = ? AND intake_code = ?""")
                .params(schoolCode, intake.code())
                .query((rs, n) -> new Deadline(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)))
                .optional();
    }

    static String caseKey(String schoolCode, Intake intake) {
        return "FIL-" + schoolCode + "-" + intake.code();
    }

    /**
     * The list of the school's registered (在籍) new students of the intake. Students still under review are not
     * rows (they are not registered, R-REG-6 / R-MON-2): the list only counts them in a note.
     */
    public RegistrationFilingList model(String schoolCode, Intake intake) {
        School school = organisation.school(schoolCode);
        Bureau supervising = organisation.supervisingBureau(schoolCode);
        boolean county = supervising.level() == BureauLevel.COUNTY;
        Map<String, String> majors = new HashMap<>();
        Map<Long, String> classes = new HashMap<>();
        for (SchoolClass c : organisationRepository.classes(schoolCode)) {
            classes.put(c.id(), c.name());
        }
        List<RegistrationFilingList.Row> rows = new ArrayList<>();
        List<Student> students = intakeStudents(schoolCode, intake);
        for (Student s : students) {
            rows.add(new RegistrationFilingList.Row(s.majorCode(), majors.computeIfAbsent(s.majorCode(),
                    m -> organisationRepository.major(m).map(Major::name).orElse(m)),
                    s.classId() == null ? "未分班" : classes.getOrDefault(s.classId(), "未分班"), s.studentNumber(),
                    s.name(), s.gender().label(), s.birthDate(), s.idNumber().value(), s.intakeLevel().label(),
                    s.learningForm().label(), s.educationCategory().label(), null));
        }
        // R-TRF-4: both bureaus note transfers out of and into the school in the remarks column of the intake's list
        for (TransferNotes source : transferNotes) {
            for (TransferNotes.Note note : source.forIntake(schoolCode, intake)) {
                Student s = note.student();
                int at = -1;
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).studentNumber().equals(s.studentNumber())) {
                        at = i;
                    }
                }
                if (at >= 0) {
                    RegistrationFilingList.Row r = rows.get(at);
                    rows.set(at, new RegistrationFilingList.Row(r.majorCode(), r.majorName(), r.className(),
                            r.studentNumber(), r.name(), r.genderLabel(), r.birthDate(), r.idNumber(),
                            r.intakeLevelLabel(), r.learningFormLabel(), r.educationCategoryLabel(),
                            r.remarks() == null ? note.remark() : r.remarks() + "；" + note.remark()));
                } else {
                    rows.add(new RegistrationFilingList.Row(s.majorCode(), majors.computeIfAbsent(s.majorCode(),
                            m -> organisationRepository.major(m).map(Major::name).orElse(m)),
                            s.classId() == null ? "未分班" : classes.getOrDefault(s.classId(), "未分班"),
                            s.studentNumber(), s.name(), s.gender().label(), s.birthDate(), s.idNumber().value(),
                            s.intakeLevel().label(), s.learningForm().label(), s.educationCategory().label(),
                            note.remark()));
                }
            }
        }
        return new RegistrationFilingList(schoolCode, school.name(), supervising.name(), county,
                county ? supervising.name() : null, organisation.cityOver(schoolCode).name(), intake.year(),
                intake.season().label(), AppClock.today(), rows, underReview(schoolCode, intake));
    }

    /** The registered (在籍) new students of a school's intake: the rows of the list (R-REG-11). */
    private List<Student> intakeStudents(String schoolCode, Intake intake) {
        return jdbc.sql("""
                        SELECT s.* FROM student s JOIN registration r ON r.student_id = s.id
                        JOIN registration_batch b ON b.id = r.batch_id
                        WHERE b.school_code = ? AND b.intake_year = ? AND b.intake_season = ?
                          AND s.status = 'ENROLLED' AND s.student_category = 'DOMESTIC'""")
                .params(schoolCode, intake.year(), intake.season().name())
                .query(cn.jledu.studentstatus.student.StudentRepository::map).list();
    }

    /** New students of the intake still under review (注册中): counted on the list, never listed as registered. */
    int underReview(String schoolCode, Intake intake) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM student s JOIN registration r ON r.student_id = s.id
                        JOIN registration_batch b ON b.id = r.batch_id
                        WHERE b.school_code = ? AND b.intake_year = ? AND b.intake_season = ?
                          AND s.status = 'REGISTERING'""")
                .params(schoolCode, intake.year(), intake.season().name()).query(Integer.class).single();
    }

    /** 生成备案名单: renders PDF, XLSX and CSV, keeps them, attaches them to the process and every archive. */
    Map<String, Object> generate(long filingId, String processInstanceId) {
        Map<String, Object> f = jdbc.sql("SELECT * FROM registration_filing WHERE id = ?").param(filingId).query().singleRow();
        String schoolCode = (String) f.get("school_code");
        String caseKey = (String) f.get("case_key");
        Intake intake = new Intake(((Number) f.get("intake_year")).intValue(),
                cn.jledu.studentstatus.student.StudentEnums.Season.valueOf((String) f.get("intake_season")));
        RegistrationFilingList list = model(schoolCode, intake);
        if (list.rows().isEmpty()) {
            throw new RuleViolation("R-REG-11", intake.label() + "没有注册的新生，无需备案。");
        }
        long pdf = store.save(new NewDocument(RegistrationFilingListDocument.KIND, RegistrationFilingListDocument.TITLE,
                RegistrationFilingListDocument.fileName(list, "pdf"), NewDocument.PDF, document.pdf(list), schoolCode,
                caseKey, null));
        long xlsx = store.save(new NewDocument(RegistrationFilingListDocument.KIND, RegistrationFilingListDocument.TITLE,
                RegistrationFilingListDocument.fileName(list, "xlsx"), NewDocument.XLSX, document.xlsx(list), schoolCode,
                caseKey, null));
        long csv = store.save(new NewDocument(RegistrationFilingListDocument.KIND, RegistrationFilingListDocument.TITLE,
                RegistrationFilingListDocument.fileName(list, "csv"), NewDocument.CSV, document.csv(list), schoolCode,
                caseKey, null));
        jdbc.sql("""
                        UPDATE registration_filing SET student_count = ?, pdf_document_id = ?, xlsx_document_id = ?,
                          csv_document_id = ? WHERE id = ?""")
                .params(list.rows().size(), pdf, xlsx, csv, filingId).update();
        attachments.attach(processInstanceId, pdf, NewDocument.PDF, RegistrationFilingListDocument.fileName(list, "pdf"),
                RegistrationFilingListDocument.TITLE);
        attachments.attach(processInstanceId, xlsx, NewDocument.XLSX, RegistrationFilingListDocument.fileName(list, "xlsx"),
                "电子名单");
        for (Student s : intakeStudents(schoolCode, intake)) {
            archive.add(s.id(), ArchiveEntryKind.DOCUMENT, RegistrationFilingListDocument.TITLE,
                    list.intakeLabel() + "新生入学注册备案名单（共" + list.rows().size() + "人）", caseKey, pdf);
        }
        return Map.of(Vars.PDF_ID, pdf, Vars.XLSX_ID, xlsx, Vars.CSV_ID, csv, Vars.STUDENT_COUNT, list.rows().size());
    }

    void addRemark(long filingId, String step, String remark) {
        if (remark == null || remark.isBlank()) {
            return;
        }
        String old = jdbc.sql("SELECT remarks FROM registration_filing WHERE id = ?").param(filingId)
                .query(String.class).optional().orElse(null);
        String line = step + "：" + remark.strip();
        jdbc.sql("UPDATE registration_filing SET remarks = ? WHERE id = ?")
                .params(old == null || old.isEmpty() ? line : old + "\n" + line, filingId).update();
    }

    String remarks(long filingId) {
        return jdbc.sql("SELECT remarks FROM registration_filing WHERE id = ?").param(filingId).query(String.class)
                .optional().orElse("");
    }

    void recordFiled(long filingId) {
        jdbc.sql("UPDATE registration_filing SET filed_at = ? WHERE id = ?").params(AppClock.nowOffset(), filingId)
                .update();
        audit.record("FILING_FILED", "registration_filing", String.valueOf(filingId), "市级教育局已备案");
    }

    public Filing filing(String caseKey, String processInstanceId) {
        return jdbc.sql("""
                        SELECT id, case_key, school_code, student_count, pdf_document_id, xlsx_document_id,
                               csv_document_id FROM registration_filing WHERE case_key = ?""")
                .param(caseKey)
                .query((rs, n) -> new Filing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        (Long) rs.getObject(5, Long.class), (Long) rs.getObject(6, Long.class),
                        (Long) rs.getObject(7, Long.class), processInstanceId))
                .optional().orElseThrow(() -> new NotFound("备案不存在：" + caseKey));
    }
}
