package cn.jledu.studentstatus.student;

import static cn.jledu.studentstatus.student.StudentStatus.ADMISSION_CANCELLED;
import static cn.jledu.studentstatus.student.StudentStatus.CANCELLED;
import static cn.jledu.studentstatus.student.StudentStatus.COMPLETED;
import static cn.jledu.studentstatus.student.StudentStatus.DECEASED;
import static cn.jledu.studentstatus.student.StudentStatus.ENROLLED;
import static cn.jledu.studentstatus.student.StudentStatus.EXPELLED;
import static cn.jledu.studentstatus.student.StudentStatus.GRADUATED;
import static cn.jledu.studentstatus.student.StudentStatus.REGISTERING;
import static cn.jledu.studentstatus.student.StudentStatus.SUSPENDED;
import static cn.jledu.studentstatus.student.StudentStatus.TRANSFERRED_OUT;
import static cn.jledu.studentstatus.student.StudentStatus.WITHDRAWN;

import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StudentEnums.EducationCategory;
import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A student record (学籍) as stored. {@code id} is the internal key; {@code studentNumber} the 学籍号 once assigned.
 *
 * <p>The record owns its status transitions (docs/student-record.md). It is immutable: a transition checks the
 * current status and the other facts the record itself holds, then returns a {@link StatusTransition} with the
 * changed copy, or refuses with a {@link RuleViolation} naming the rule and article. Nothing is stored until
 * {@link StudentRecords#apply} persists the transition (optimistic on {@code version}) with its one status-change
 * row. Checks that need more than the record (term calendar, the major catalogue, a running procedure) belong to
 * the procedure or to {@link StudentRecords}.
 */
public record Student(
        Long id,
        String studentNumber,
        String name,
        Gender gender,
        LocalDate birthDate,
        String ethnicity,
        IdNumber idNumber,
        HouseholdType householdType,
        String address,
        String guardianName,
        String guardianPhone,
        String phone,
        String schoolCode,
        String majorCode,
        Long classId,
        int entryYear,
        Season entrySeason,
        int yearGroup,
        IntakeLevel intakeLevel,
        LearningForm learningForm,
        EducationCategory educationCategory,
        int durationYears,
        StudentCategory studentCategory,
        StudentStatus status,
        int version) {

    public Student withId(long newId) {
        return new Student(newId, studentNumber, name, gender, birthDate, ethnicity, idNumber, householdType, address,
                guardianName, guardianPhone, phone, schoolCode, majorCode, classId, entryYear, entrySeason, yearGroup,
                intakeLevel, learningForm, educationCategory, durationYears, studentCategory, status, version);
    }

    /** The same record with another 学籍号 (the person's lifelong number, R-REG-8). */
    Student withStudentNumber(String number) {
        return new Student(id, number, name, gender, birthDate, ethnicity, idNumber, householdType, address,
                guardianName, guardianPhone, phone, schoolCode, majorCode, classId, entryYear, entrySeason, yearGroup,
                intakeLevel, learningForm, educationCategory, durationYears, studentCategory, status, version);
    }

    /** Where the student studies now. */
    public Placement placement() {
        return new Placement(schoolCode, majorCode, classId, yearGroup);
    }

    // ---- registration (第五条, 第九条) ----

    /** R-REG-3: the supervising bureau approved the registration; formal status 在籍 begins. */
    public StatusTransition activate(LocalDate effective) {
        require(REGISTERING, "R-REG-3", "（第五条）只有注册审核中的新生经主管教育行政部门审核通过后才能取得正式学籍");
        return to(ENROLLED, StatusChangeKind.REGISTRATION, effective);
    }

    /**
     * R-REG-5: a new student who never obtained formal status loses the admission (did not report, removed from or
     * withdrawn with the registration case); the ID number is free again.
     */
    public StatusTransition cancelAdmission(LocalDate effective) {
        require(REGISTERING, "R-REG-5", "（第五条）只有尚未取得正式学籍（注册审核中）的新生可以取消入学资格");
        return to(ADMISSION_CANCELLED, StatusChangeKind.ADMISSION_CANCELLATION, effective);
    }

    /** R-REG-13: a registered student found ineligible has the status cancelled (注销). */
    public StatusTransition cancel(LocalDate effective) {
        if (status != ENROLLED && status != SUSPENDED) {
            throw refusal("R-REG-13", "（第九条）只能注销已注册的学籍");
        }
        return to(CANCELLED, StatusChangeKind.CANCELLATION, effective);
    }

    // ---- suspension and resumption (第十三条, 第十六至二十条) ----

    /** R-SUS-1: suspension of an enrolled student; R-CHG-1: flexible learning in principle not. */
    public StatusTransition suspend(LocalDate effective) {
        return suspend(effective, null);
    }

    /** As {@link #suspend(LocalDate)}, with an exemption from R-CHG-1 granted by a higher level. */
    public StatusTransition suspend(LocalDate effective, Exemption exemption) {
        if (status == SUSPENDED) {
            throw new RuleViolation("R-SUS-2", "（第十七条）该生已在休学中；休学期满仍不能复学的，应办理继续休学手续。");
        }
        require(ENROLLED, "R-SUS-1", "（第十六条）只有在籍学生可以休学");
        String remark = flexibleLearning(exemption, "休学");
        return to(SUSPENDED, StatusChangeKind.SUSPENSION, effective, null, remark);
    }

    /**
     * R-RES-1: a suspended student returns, normally to the next year group of the same or a related major: the
     * placement names school (unchanged), major, class and year group (not earlier than before).
     */
    public StatusTransition resume(LocalDate effective, Placement placement) {
        require(SUSPENDED, "R-RES-1", "（第十九条）只有休学学生可以复学");
        sameSchool(placement, "R-RES-1", "（第十九条）复学回原学校；转到其他学校须办理转学");
        if (placement.yearGroup() < yearGroup) {
            throw new RuleViolation("R-RES-1", "（第十九条）复学后编入的年级（" + placement.yearGroup() + "级）不能早于原年级（"
                    + yearGroup + "级）。");
        }
        return to(ENROLLED, StatusChangeKind.RESUMPTION, effective, placement, null);
    }

    /**
     * R-SUS-2: a suspended student whose suspension is extended (继续休学, 第十七条) stays 休学; the extension is a
     * status change of its own (before and after 休学) so that the history, the monthly report and the national port
     * carry it.
     */
    public StatusTransition extendSuspension(LocalDate effective) {
        require(SUSPENDED, "R-SUS-2", "（第十七条）只有休学中的学生可以继续休学");
        return to(SUSPENDED, StatusChangeKind.SUSPENSION_EXTENSION, effective);
    }

    // ---- transfer (第十四条) ----

    /** R-TRF-2: not while suspended; R-CHG-1: flexible learning in principle not. The out-school's half. */
    public StatusTransition transferOut(LocalDate effective) {
        return transferOut(effective, null);
    }

    /** As {@link #transferOut(LocalDate)}, with an exemption from R-CHG-1 granted by a higher level. */
    public StatusTransition transferOut(LocalDate effective, Exemption exemption) {
        if (status == SUSPENDED) {
            throw new RuleViolation("R-TRF-2", "（第十四条）休学期间不能转学；复学后方可申请。");
        }
        require(ENROLLED, "R-TRF-1", "（第十四条）只有在籍学生可以申请转学");
        String remark = flexibleLearning(exemption, "转学");
        return to(TRANSFERRED_OUT, StatusChangeKind.TRANSFER_OUT, effective, null, remark);
    }

    /**
     * R-TRF-4: the in-school's half. Called on the transferred-out record; the result is a new record at the
     * receiving school (id null, the student number the receiving school assigned), enrolled from the effective date.
     */
    public StatusTransition transferIn(LocalDate effective, Placement placement, String newStudentNumber) {
        require(TRANSFERRED_OUT, "R-TRF-4", "（第十四条）转入须以转出学校已办结转出为前提");
        Objects.requireNonNull(placement, "placement");
        if (placement.schoolCode().equals(schoolCode)) {
            throw new RuleViolation("R-TRF-4", "（第十四条）转入学校不能是转出学校。");
        }
        Objects.requireNonNull(effective, "effective");
        Student moved = new Student(null, newStudentNumber, name, gender, birthDate, ethnicity, idNumber, householdType,
                address, guardianName, guardianPhone, phone, placement.schoolCode(), placement.majorCode(),
                placement.classId(), entryYear, entrySeason, placement.yearGroup(), intakeLevel, learningForm,
                educationCategory, durationYears, studentCategory, ENROLLED, 0);
        return new StatusTransition(this, moved, StatusChangeKind.TRANSFER_IN, effective, placement,
                "转入自学校 " + schoolCode + "（学籍号 " + studentNumber + "）");
    }

    /**
     * R-TRF-3: a general senior-high (普通高中) student transferring in from outside this system. The record the
     * receiving school registered for the transfer (注册中, created in the same transaction) becomes 在籍 at the
     * receiving school's term start (R-REG-7): one 转入 row, no registration row.
     */
    public StatusTransition admitTransferIn(LocalDate effective) {
        require(REGISTERING, "R-TRF-3", "（第十四条）只有为普通高中学生转入新建的学籍记录可以据此转入");
        Objects.requireNonNull(effective, "effective");
        return to(ENROLLED, StatusChangeKind.TRANSFER_IN, effective);
    }

    // ---- major change, repeat (第十五条, 第二十九条) ----

    /** R-MJC-1: an enrolled student changes major within the school; R-CHG-1: flexible learning in principle not. */
    public StatusTransition changeMajor(LocalDate effective, Placement placement) {
        return changeMajor(effective, placement, null);
    }

    /** As {@link #changeMajor(LocalDate, Placement)}, with an exemption from R-CHG-1 granted by a higher level. */
    public StatusTransition changeMajor(LocalDate effective, Placement placement, Exemption exemption) {
        if (status == SUSPENDED) {
            throw new RuleViolation("R-MJC-1", "（第十五条）休学期间不能转专业；原专业停招的，复学时可编入相近专业。");
        }
        require(ENROLLED, "R-MJC-1", "（第十五条）只有在籍学生可以转专业");
        sameSchool(placement, "R-MJC-1", "（第十五条）转专业在本校内办理；转到其他学校须办理转学");
        if (placement.majorCode().equals(majorCode)) {
            throw new RuleViolation("R-MJC-1", "（第十五条）新专业与原专业相同（" + majorCode + "）。");
        }
        if (placement.yearGroup() != yearGroup) {
            throw new RuleViolation("R-MJC-1", "（第十五条）转专业不改变年级；改变年级须办理留级。");
        }
        String remark = flexibleLearning(exemption, "转专业");
        return to(ENROLLED, StatusChangeKind.MAJOR_CHANGE, effective, placement, remark);
    }

    /** R-REP-1: an enrolled student repeats: same school and major, a later year group. */
    public StatusTransition repeatYear(LocalDate effective, Placement placement) {
        require(ENROLLED, "R-REP-1", "（第二十九条）只有在籍学生可以留级");
        sameSchool(placement, "R-REP-1", "（第二十九条）留级在本校内办理");
        if (!placement.majorCode().equals(majorCode)) {
            throw new RuleViolation("R-REP-1", "（第二十九条）留级不改变专业；改变专业须另行办理转专业。");
        }
        if (placement.yearGroup() <= yearGroup) {
            throw new RuleViolation("R-REP-1", "（第二十九条）留级后的年级（" + placement.yearGroup() + "级）须晚于原年级（"
                    + yearGroup + "级）。");
        }
        return to(ENROLLED, StatusChangeKind.REPEAT_YEAR, effective, placement, null);
    }

    // ---- leaving (第二十一条, 第二十二条, 第三十六条) ----

    /** R-WDR-1: withdrawal of an enrolled or suspended student (on application or by the school, R-WDR-2). */
    public StatusTransition withdraw(LocalDate effective) {
        if (status != ENROLLED && status != SUSPENDED) {
            throw refusal("R-WDR-1", "（第二十一条）只有在籍或休学的学生可以退学");
        }
        return to(WITHDRAWN, StatusChangeKind.WITHDRAWAL, effective);
    }

    /** R-SAN-3: a final expulsion ends the status of an enrolled or suspended student. */
    public StatusTransition expel(LocalDate effective) {
        if (status != ENROLLED && status != SUSPENDED) {
            throw refusal("R-SAN-3", "（第三十六条）只能对在籍或休学的学生开除学籍");
        }
        return to(EXPELLED, StatusChangeKind.EXPULSION, effective);
    }

    /**
     * R-APL-1, R-APL-2: an expulsion that had become final is undone because an appeal made within its window was
     * entered after the window's timer: the student returns to the status held before the expulsion.
     */
    public StatusTransition reinstateAfterAppeal(LocalDate effective, StudentStatus before) {
        require(EXPELLED, "R-APL-2", "（第三十八条）只有已开除学籍的学生可以因按期提出的申诉恢复学籍");
        if (before != ENROLLED && before != SUSPENDED) {
            throw new IllegalArgumentException("开除学籍前的学籍状态只能是在籍或休学：" + before);
        }
        return to(before, StatusChangeKind.EXPULSION_REVERSED, effective);
    }

    /** R-DTH-1: the death of an enrolled or suspended student, reported and entered as a status change. */
    public StatusTransition recordDeath(LocalDate effective) {
        if (status != ENROLLED && status != SUSPENDED) {
            throw refusal("R-DTH-1", "（第二十二条）只有在籍或休学学生的死亡作为学籍异动上报"
                    + (status == REGISTERING ? "；尚未取得学籍的新生请从注册批次中移出" : ""));
        }
        return to(DECEASED, StatusChangeKind.DEATH, effective);
    }

    // ---- information change (第二十三条) ----

    /** The personal data an information change may change (R-INF-1). */
    public PersonalData personalData() {
        return new PersonalData(name, gender, birthDate, address, idNumber, householdType);
    }

    /**
     * R-INF-1 (第二十三条): a registered student (在籍 or 休学) changes name, gender, date of birth, home address, ID
     * number or household type. Refused for any other status (a deceased student: R-DTH-1), when nothing changes,
     * and when a changed ID number, date of birth or gender leaves a resident ID number that disagrees with the date
     * of birth or gender (R-REG-4: no false data, checked like a new registration). Whether
     * another record holds the new ID number is the database's and {@link StudentRecords}' check.
     */
    public InformationChange changeInformation(PersonalData next, LocalDate effective) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(effective, "effective");
        if (status == DECEASED) {
            throw refusal("R-DTH-1", "（第二十二条）学生已死亡，不能再办理信息变更");
        }
        if (status != ENROLLED && status != SUSPENDED) {
            throw refusal("R-INF-1", "（第二十三条）只有已注册的在籍或休学学生可以办理信息变更");
        }
        if (next.name() == null || next.name().isBlank() || next.gender() == null || next.birthDate() == null
                || next.idNumber() == null) {
            throw new RuleViolation("R-INF-1", "（第二十三条）变更后的姓名、性别、出生日期和证件号码不能为空。");
        }
        IdNumber id = next.idNumber();
        boolean identityChanges = !id.equals(idNumber) || !next.birthDate().equals(birthDate) || next.gender() != gender;
        if (identityChanges && id.type().gb11643()) {
            if (!next.birthDate().equals(id.birthDate())) {
                throw new RuleViolation("R-REG-4", "（第五条）出生日期" + next.birthDate() + "与证件号码中的出生日期"
                        + id.birthDate() + "不一致。");
            }
            if (next.gender() != id.gender()) {
                throw new RuleViolation("R-REG-4", "（第五条）性别“" + next.gender().label() + "”与证件号码（第17位表示"
                        + id.gender().label() + "）不一致。");
            }
        }
        List<InformationChange.Field> fields = new ArrayList<>();
        diff(fields, "name", "姓名", name, next.name().strip());
        diff(fields, "gender", "性别", gender.label(), next.gender().label());
        diff(fields, "birthDate", "出生日期", birthDate.toString(), next.birthDate().toString());
        diff(fields, "address", "家庭住址", address, next.address() == null ? null : next.address().strip());
        diff(fields, "idNumber", "证件号码", idNumber.type().label() + " " + idNumber.value(),
                id.type().label() + " " + id.value());
        diff(fields, "householdType", "户口性质", householdType == null ? null : householdType.label(),
                next.householdType() == null ? null : next.householdType().label());
        if (fields.isEmpty()) {
            throw new RuleViolation("R-INF-1", "（第二十三条）申请的信息与现有学籍信息相同，没有需要变更的内容。");
        }
        Student changed = new Student(id(), studentNumber, next.name().strip(), next.gender(), next.birthDate(),
                ethnicity, id, next.householdType(), next.address() == null ? null : next.address().strip(),
                guardianName, guardianPhone, phone, schoolCode, majorCode, classId, entryYear, entrySeason, yearGroup,
                intakeLevel, learningForm, educationCategory, durationYears, studentCategory, status, version);
        return new InformationChange(this, changed, effective, fields);
    }

    private static void diff(List<InformationChange.Field> fields, String field, String label, String before,
                             String after) {
        String b = before == null ? "" : before;
        String a = after == null ? "" : after;
        if (!b.equals(a)) {
            fields.add(new InformationChange.Field(field, label, before, after));
        }
    }

    // ---- graduation and completion (第四十条, 第四十五条) ----

    /** R-GRD-1: an enrolled student who met every requirement graduates (the requirements are the procedure's). */
    public StatusTransition graduate(LocalDate effective) {
        require(ENROLLED, "R-GRD-1", "（第四十条）只有在籍学生可以毕业" + (status == SUSPENDED ? "；休学学生须先复学" : ""));
        return to(GRADUATED, StatusChangeKind.GRADUATION, effective);
    }

    /** R-GRD-6: an enrolled student who did not meet the requirements at the end of the duration completes (结业). */
    public StatusTransition complete(LocalDate effective) {
        require(ENROLLED, "R-GRD-6", "（第四十五条）只有在籍学生可以结业" + (status == SUSPENDED ? "；休学学生须先复学" : ""));
        return to(COMPLETED, StatusChangeKind.COMPLETION, effective);
    }

    // ---- helpers ----

    private void require(StudentStatus expected, String ruleId, String text) {
        if (status != expected) {
            throw refusal(ruleId, text);
        }
    }

    private RuleViolation refusal(String ruleId, String text) {
        return new RuleViolation(ruleId, text + "；该生当前学籍状态为“" + status.label() + "”。");
    }

    private void sameSchool(Placement placement, String ruleId, String text) {
        Objects.requireNonNull(placement, "placement");
        if (!placement.schoolCode().equals(schoolCode)) {
            throw new RuleViolation(ruleId, text + "。");
        }
    }

    /** R-CHG-1 (第十三条): flexible-learning students in principle may not transfer, change major or suspend. */
    private String flexibleLearning(Exemption exemption, String what) {
        if (learningForm != LearningForm.FLEXIBLE) {
            return null;
        }
        if (exemption == null || !exemption.covers("R-CHG-1")) {
            throw new RuleViolation("R-CHG-1", "（第十三条）采用弹性学习形式的学生原则上不予" + what
                    + "；确需办理的，须经上级教育行政部门批准例外。");
        }
        return exemption.describe();
    }

    private StatusTransition to(StudentStatus next, StatusChangeKind kind, LocalDate effective) {
        return to(next, kind, effective, null, null);
    }

    private StatusTransition to(StudentStatus next, StatusChangeKind kind, LocalDate effective, Placement placement,
                                String remark) {
        Objects.requireNonNull(effective, "effective");
        Placement where = placement == null ? placement() : placement;
        Student changed = new Student(id, studentNumber, name, gender, birthDate, ethnicity, idNumber, householdType,
                address, guardianName, guardianPhone, phone, where.schoolCode(), where.majorCode(), where.classId(),
                entryYear, entrySeason, where.yearGroup(), intakeLevel, learningForm, educationCategory, durationYears,
                studentCategory, next, version);
        return new StatusTransition(this, changed, kind, effective, placement, remark);
    }
}
