package cn.jledu.studentstatus.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StudentEnums.EducationCategory;
import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every status × every transition × both learning forms, read from one table: allowed (to the row's status) or
 * refused with which rule. Plain JUnit: no Spring, no database. docs/student-record.md shows the same table.
 */
class StudentTransitionTableTest {

    /**
     * Cells: {@code ok} allowed; a rule id: refused with it; {@code ok|R-CHG-1}: allowed for full-time students,
     * refused for flexible-learning students (第十三条, "in principle": an {@link Exemption} lifts it).
     * Columns: REG 注册中, ENR 在籍, SUS 休学, ADM 取消入学资格, WDR 退学, TRO 转出, GRD 毕业, CMP 结业, CAN 注销,
     * EXP 开除学籍, DEC 死亡.
     */
    static final String TABLE = """
            transition      to                   REG      ENR         SUS      ADM      WDR      TRO      GRD      CMP      CAN      EXP      DEC
            activate        ENROLLED             ok       R-REG-3     R-REG-3  R-REG-3  R-REG-3  R-REG-3  R-REG-3  R-REG-3  R-REG-3  R-REG-3  R-REG-3
            cancelAdmission ADMISSION_CANCELLED  ok       R-REG-5     R-REG-5  R-REG-5  R-REG-5  R-REG-5  R-REG-5  R-REG-5  R-REG-5  R-REG-5  R-REG-5
            cancel          CANCELLED            R-REG-13 ok          ok       R-REG-13 R-REG-13 R-REG-13 R-REG-13 R-REG-13 R-REG-13 R-REG-13 R-REG-13
            suspend         SUSPENDED            R-SUS-1  ok|R-CHG-1  R-SUS-2  R-SUS-1  R-SUS-1  R-SUS-1  R-SUS-1  R-SUS-1  R-SUS-1  R-SUS-1  R-SUS-1
            extendSuspension SUSPENDED           R-SUS-2  R-SUS-2     ok       R-SUS-2  R-SUS-2  R-SUS-2  R-SUS-2  R-SUS-2  R-SUS-2  R-SUS-2  R-SUS-2
            resume          ENROLLED             R-RES-1  R-RES-1     ok       R-RES-1  R-RES-1  R-RES-1  R-RES-1  R-RES-1  R-RES-1  R-RES-1  R-RES-1
            transferOut     TRANSFERRED_OUT      R-TRF-1  ok|R-CHG-1  R-TRF-2  R-TRF-1  R-TRF-1  R-TRF-1  R-TRF-1  R-TRF-1  R-TRF-1  R-TRF-1  R-TRF-1
            transferIn      ENROLLED             R-TRF-4  R-TRF-4     R-TRF-4  R-TRF-4  R-TRF-4  ok       R-TRF-4  R-TRF-4  R-TRF-4  R-TRF-4  R-TRF-4
            admitTransferIn ENROLLED             ok       R-TRF-3     R-TRF-3  R-TRF-3  R-TRF-3  R-TRF-3  R-TRF-3  R-TRF-3  R-TRF-3  R-TRF-3  R-TRF-3
            changeMajor     ENROLLED             R-MJC-1  ok|R-CHG-1  R-MJC-1  R-MJC-1  R-MJC-1  R-MJC-1  R-MJC-1  R-MJC-1  R-MJC-1  R-MJC-1  R-MJC-1
            repeatYear      ENROLLED             R-REP-1  ok          R-REP-1  R-REP-1  R-REP-1  R-REP-1  R-REP-1  R-REP-1  R-REP-1  R-REP-1  R-REP-1
            withdraw        WITHDRAWN            R-WDR-1  ok          ok       R-WDR-1  R-WDR-1  R-WDR-1  R-WDR-1  R-WDR-1  R-WDR-1  R-WDR-1  R-WDR-1
            expel           EXPELLED             R-SAN-3  ok          ok       R-SAN-3  R-SAN-3  R-SAN-3  R-SAN-3  R-SAN-3  R-SAN-3  R-SAN-3  R-SAN-3
            recordDeath     DECEASED             R-DTH-1  ok          ok       R-DTH-1  R-DTH-1  R-DTH-1  R-DTH-1  R-DTH-1  R-DTH-1  R-DTH-1  R-DTH-1
            graduate        GRADUATED            R-GRD-1  ok          R-GRD-1  R-GRD-1  R-GRD-1  R-GRD-1  R-GRD-1  R-GRD-1  R-GRD-1  R-GRD-1  R-GRD-1
            complete        COMPLETED            R-GRD-6  ok          R-GRD-6  R-GRD-6  R-GRD-6  R-GRD-6  R-GRD-6  R-GRD-6  R-GRD-6  R-GRD-6  R-GRD-6
            reinstateAfterAppeal ENROLLED        R-APL-2  R-APL-2     R-APL-2  R-APL-2  R-APL-2  R-APL-2  R-APL-2  R-APL-2  R-APL-2  ok       R-APL-2
            """;

    static final Map<String, StudentStatus> COLUMNS = Map.ofEntries(Map.entry("REG", StudentStatus.REGISTERING),
            Map.entry("ENR", StudentStatus.ENROLLED), Map.entry("SUS", StudentStatus.SUSPENDED),
            Map.entry("ADM", StudentStatus.ADMISSION_CANCELLED), Map.entry("WDR", StudentStatus.WITHDRAWN),
            Map.entry("TRO", StudentStatus.TRANSFERRED_OUT), Map.entry("GRD", StudentStatus.GRADUATED),
            Map.entry("CMP", StudentStatus.COMPLETED), Map.entry("CAN", StudentStatus.CANCELLED),
            Map.entry("EXP", StudentStatus.EXPELLED), Map.entry("DEC", StudentStatus.DECEASED));

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final String OTHER_SCHOOL = "2201990001";

    /** How the test calls each transition, with a valid placement where it needs one, and the kind it records. */
    enum Transition {
        activate(StatusChangeKind.REGISTRATION, (s, d) -> s.activate(d)),
        cancelAdmission(StatusChangeKind.ADMISSION_CANCELLATION, (s, d) -> s.cancelAdmission(d)),
        cancel(StatusChangeKind.CANCELLATION, (s, d) -> s.cancel(d)),
        suspend(StatusChangeKind.SUSPENSION, (s, d) -> s.suspend(d)),
        extendSuspension(StatusChangeKind.SUSPENSION_EXTENSION, (s, d) -> s.extendSuspension(d)),
        resume(StatusChangeKind.RESUMPTION, (s, d) -> s.resume(d, s.placement().withYearGroup(s.yearGroup() + 1, 77L))),
        transferOut(StatusChangeKind.TRANSFER_OUT, (s, d) -> s.transferOut(d)),
        transferIn(StatusChangeKind.TRANSFER_IN,
                (s, d) -> s.transferIn(d, new Placement(OTHER_SCHOOL, "660301", 88L, s.yearGroup()), "2201990001202600001")),
        admitTransferIn(StatusChangeKind.TRANSFER_IN, (s, d) -> s.admitTransferIn(d)),
        changeMajor(StatusChangeKind.MAJOR_CHANGE, (s, d) -> s.changeMajor(d, s.placement().withMajor("660301", 99L))),
        repeatYear(StatusChangeKind.REPEAT_YEAR, (s, d) -> s.repeatYear(d, s.placement().withYearGroup(s.yearGroup() + 1, 66L))),
        withdraw(StatusChangeKind.WITHDRAWAL, (s, d) -> s.withdraw(d)),
        expel(StatusChangeKind.EXPULSION, (s, d) -> s.expel(d)),
        recordDeath(StatusChangeKind.DEATH, (s, d) -> s.recordDeath(d)),
        graduate(StatusChangeKind.GRADUATION, (s, d) -> s.graduate(d)),
        complete(StatusChangeKind.COMPLETION, (s, d) -> s.complete(d)),
        reinstateAfterAppeal(StatusChangeKind.EXPULSION_REVERSED, (s, d) -> s.reinstateAfterAppeal(d, StudentStatus.ENROLLED));

        final StatusChangeKind kind;
        final BiFunction<Student, LocalDate, StatusTransition> call;

        Transition(StatusChangeKind kind, BiFunction<Student, LocalDate, StatusTransition> call) {
            this.kind = kind;
            this.call = call;
        }
    }

    record Row(Transition transition, StudentStatus to, Map<StudentStatus, String> cells) {
    }

    static List<Row> rows() {
        List<String> lines = TABLE.lines().filter(l -> !l.isBlank()).toList();
        List<String> header = Arrays.asList(lines.get(0).trim().split("\\s+"));
        List<StudentStatus> columns = header.subList(2, header.size()).stream().map(COLUMNS::get).toList();
        return lines.subList(1, lines.size()).stream().map(line -> {
            String[] cells = line.trim().split("\\s+");
            Map<StudentStatus, String> byStatus = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                byStatus.put(columns.get(i), cells[i + 2]);
            }
            return new Row(Transition.valueOf(cells[0]), StudentStatus.valueOf(cells[1]), byStatus);
        }).toList();
    }

    static Stream<Arguments> cells() {
        return rows().stream().flatMap(row -> row.cells().entrySet().stream().flatMap(cell ->
                Stream.of(LearningForm.values()).map(form -> Arguments.of(row.transition(), cell.getKey(), form,
                        expected(cell.getValue(), form), row.to()))));
    }

    /** "ok" or a rule id for one learning form. */
    static String expected(String cell, LearningForm form) {
        String[] parts = cell.split("\\|");
        return form == LearningForm.FLEXIBLE && parts.length > 1 ? parts[1] : parts[0];
    }

    @ParameterizedTest(name = "{0} from {1} ({2}): {3}")
    @MethodSource("cells")
    void everyStatusTimesEveryTransition(Transition transition, StudentStatus from, LearningForm form, String expected,
                                         StudentStatus to) {
        Student s = student(from, form);
        if (expected.equals("ok")) {
            StatusTransition t = transition.call.apply(s, DAY);
            assertThat(t.before()).isSameAs(s);
            assertThat(t.fromStatus()).isEqualTo(from);
            assertThat(t.toStatus()).isEqualTo(to);
            assertThat(t.kind()).isEqualTo(transition.kind);
            assertThat(t.effectiveDate()).isEqualTo(DAY);
            assertThat(t.after().name()).isEqualTo(s.name());
            assertThat(t.after().idNumber()).isEqualTo(s.idNumber());
            if (t.createsRecord()) {
                assertThat(t.after().id()).isNull();
                assertThat(t.after().schoolCode()).isEqualTo(OTHER_SCHOOL);
            } else {
                assertThat(t.after().id()).isEqualTo(s.id());
                assertThat(t.after().version()).isEqualTo(s.version());
            }
            assertThat(t.after().placement()).isEqualTo(t.placement() == null ? s.placement() : t.placement());
            assertThat(s.status()).as("the record itself is immutable").isEqualTo(from);
        } else {
            assertThatThrownBy(() -> transition.call.apply(s, DAY))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.ruleId()).isEqualTo(expected);
                        assertThat(v.getMessage()).startsWith(expected + "：（第").containsPattern("第[一二三四五六七八九十]+条");
                    });
        }
    }

    @Test
    void theTableHasEveryStatusAndEveryTransitionOfStudent() {
        assertThat(rows()).extracting(Row::transition).containsExactly(Transition.values());
        assertThat(rows()).allSatisfy(r -> assertThat(r.cells().keySet()).containsExactlyInAnyOrder(StudentStatus.values()));
        List<String> methods = Arrays.stream(Student.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getReturnType() == StatusTransition.class)
                .map(Method::getName).distinct().sorted().toList();
        assertThat(methods).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Transition.values()).map(Enum::name).collect(Collectors.toList()));
    }

    @Test
    void theTransitionsThatMoveAStudentCarryTheNewPlacement() {
        Student s = student(StudentStatus.ENROLLED, LearningForm.FULL_TIME);
        StatusTransition major = s.changeMajor(DAY, s.placement().withMajor("660301", 99L));
        assertThat(major.after().majorCode()).isEqualTo("660301");
        assertThat(major.after().classId()).isEqualTo(99L);
        assertThat(major.after().yearGroup()).isEqualTo(2025);

        StatusTransition repeat = s.repeatYear(DAY, s.placement().withYearGroup(2026, 66L));
        assertThat(repeat.placement()).isEqualTo(new Placement(s.schoolCode(), s.majorCode(), 66L, 2026));
        assertThat(repeat.after().yearGroup()).isEqualTo(2026);

        StatusTransition out = s.transferOut(DAY);
        StatusTransition in = out.after().transferIn(DAY, new Placement(OTHER_SCHOOL, "660301", 88L, 2025), "N1");
        assertThat(in.after()).satisfies(r -> {
            assertThat(r.schoolCode()).isEqualTo(OTHER_SCHOOL);
            assertThat(r.studentNumber()).isEqualTo("N1");
            assertThat(r.status()).isEqualTo(StudentStatus.ENROLLED);
        });
        assertThat(in.remark()).contains(s.schoolCode(), s.studentNumber());
    }

    @Test
    void placementsTheRulesDoNotAllowAreRefused() {
        Student s = student(StudentStatus.ENROLLED, LearningForm.FULL_TIME);
        assertRefused(() -> s.changeMajor(DAY, s.placement().withMajor(s.majorCode(), 5L)), "R-MJC-1", "相同");
        assertRefused(() -> s.changeMajor(DAY, new Placement(OTHER_SCHOOL, "660301", null, 2025)), "R-MJC-1", "转学");
        assertRefused(() -> s.changeMajor(DAY, new Placement(s.schoolCode(), "660301", null, 2026)), "R-MJC-1", "留级");
        assertRefused(() -> s.repeatYear(DAY, s.placement().withYearGroup(2025, null)), "R-REP-1", "须晚于");
        assertRefused(() -> s.repeatYear(DAY, new Placement(s.schoolCode(), "660301", null, 2026)), "R-REP-1", "转专业");
        Student suspended = student(StudentStatus.SUSPENDED, LearningForm.FULL_TIME);
        assertRefused(() -> suspended.resume(DAY, suspended.placement().withYearGroup(2024, null)), "R-RES-1", "不能早于");
        assertThat(suspended.resume(DAY, suspended.placement()).toStatus()).isEqualTo(StudentStatus.ENROLLED);
        Student out = student(StudentStatus.TRANSFERRED_OUT, LearningForm.FULL_TIME);
        assertRefused(() -> out.transferIn(DAY, out.placement(), "N2"), "R-TRF-4", "不能是转出学校");
    }

    @Test
    void aHigherLevelMayExemptAFlexibleLearnerAndTheExemptionIsRecorded() {
        Student s = student(StudentStatus.ENROLLED, LearningForm.FLEXIBLE);
        Exemption exemption = new Exemption("R-CHG-1", "吉林市教育局", "因病须长期治疗");
        StatusTransition t = s.suspend(DAY, exemption);
        assertThat(t.toStatus()).isEqualTo(StudentStatus.SUSPENDED);
        assertThat(t.remark()).contains("吉林市教育局", "因病须长期治疗", "R-CHG-1");
        assertRefused(() -> s.transferOut(DAY, new Exemption("R-TRF-2", "吉林市教育局", "其他规则的例外不算")), "R-CHG-1",
                "弹性学习");
        assertRefused(() -> new Exemption("R-CHG-1", " ", "无批准机关"), "R-CHG-1", "批准机关");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String ruleId,
                                      String text) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.ruleId()).isEqualTo(ruleId);
            assertThat(v.getMessage()).contains(text);
        });
    }

    static Student student(StudentStatus status, LearningForm form) {
        return new Student(42L, "2201010001202500042", "李明", Gender.MALE, LocalDate.of(2010, 5, 1), "汉族",
                new IdNumber(IdType.RESIDENT_ID, "220101201005010019"), HouseholdType.AGRICULTURAL, "吉林省长春市",
                "李强", "13800000000", null, "2201010001", "700206", 11L, 2025, Season.AUTUMN, 2025, IntakeLevel.JUNIOR,
                form, EducationCategory.FULL_TIME, 3, StudentCategory.DOMESTIC, status, 7);
    }
}
