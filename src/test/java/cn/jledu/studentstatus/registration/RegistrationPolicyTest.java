package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.student.Intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jledu.studentstatus.organisation.InMemoryOrganisationRepository;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each registration rule: the refused case and the boundary that is accepted. Plain JUnit: the demo schools'
 * approved majors and one class in memory, no Spring, no database.
 */
class RegistrationPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 10);
    static final Intake AUTUMN = new Intake(2026, Season.AUTUMN);
    static final String COMPUTING = "710201"; // approved at 农安
    static final String NURSING = "720201";   // not approved at 农安
    static final String DANCE = "750201";     // arts performance, approved at 长春一职

    final RegistrationPolicy policy = new RegistrationPolicy(new InMemoryOrganisationRepository()
            .withMajor("610102", "设施农业生产技术", false, null)
            .withMajor(COMPUTING, "计算机应用", false, null)
            .withMajor(NURSING, "护理", false, null)
            .withMajor(DANCE, "舞蹈表演", true, 6)
            .withApproved(Demo.NONGAN.code(), Demo.NONGAN.majors())
            .withApproved(Demo.CITY_SCHOOL.code(), Demo.CITY_SCHOOL.majors())
            .withClass(Demo.NONGAN.code(), "610102", "2025级设施农业生产技术1班", 2025));

    List<Problem> check(Applicant a) {
        return policy.check(Demo.NONGAN.code(), AUTUMN, a, TODAY);
    }

    @Test
    void validJuniorGraduateHasNoProblems() {
        assertThat(check(Applicants.junior(COMPUTING).build())).isEmpty();
    }

    @Test
    void rMaj1MajorMustBeApprovedForTheSchoolAndInTheCatalogue() {
        assertThat(check(Applicants.junior(NURSING).build()))
                .singleElement().satisfies(p -> {
                    assertThat(p.ruleId()).isEqualTo("R-MAJ-1");
                    assertThat(p.column()).isEqualTo("专业代码");
                    assertThat(p.message()).contains("护理");
                });
        assertThat(check(Applicants.junior("999999").build())).extracting(Problem::ruleId).contains("R-MAJ-1");
    }

    @Test
    void rReg1PrimaryGraduatesOnlyForArtsAndSportsMajors() {
        assertThat(check(Applicants.junior(COMPUTING).level(IntakeLevel.PRIMARY).duration(6).build()))
                .extracting(Problem::ruleId).containsExactly("R-REG-1");
        assertThat(policy.check(Demo.CITY_SCHOOL.code(), AUTUMN,
                Applicants.junior(DANCE).level(IntakeLevel.PRIMARY).duration(6).build(), TODAY)).isEmpty();
    }

    @Test
    void rReg2IdOriginalMustBeSeenAndIdValid() {
        assertThat(check(Applicants.junior(COMPUTING).originalSeen(false).build()))
                .extracting(Problem::ruleId).containsExactly("R-REG-2");
        assertThat(check(Applicants.junior(COMPUTING).idNumber("110105194912310021").build()))
                .extracting(Problem::column).contains("证件号码");
    }

    @Test
    void rReg2SeniorAndEarlierJuniorGraduatesNeedTheirCertificate() {
        assertThat(check(Applicants.junior(COMPUTING).level(IntakeLevel.SENIOR).duration(1).build()))
                .extracting(Problem::ruleId).containsExactly("R-REG-2");
        assertThat(check(Applicants.junior(COMPUTING).level(IntakeLevel.SENIOR).duration(1).certificate("GZ-1").build()))
                .isEmpty();
        assertThat(check(Applicants.junior(COMPUTING).graduationYear(2025).build()))
                .extracting(Problem::column).containsExactly("毕业证书编号");
        // this year's junior graduates need none
        assertThat(check(Applicants.junior(COMPUTING).graduationYear(2026).build())).isEmpty();
    }

    @Test
    void rReg9ThreePlusTwoStudentsNeedTheirAdmissionPapers() {
        assertThat(check(Applicants.junior(COMPUTING).threePlusTwo(" ").build()))
                .extracting(Problem::ruleId).containsExactly("R-REG-9");
        assertThat(check(Applicants.junior(COMPUTING).threePlusTwo("3+2录字第12号").build())).isEmpty();
    }

    @Test
    void rReg14ForeignAndHongKongStudentsAreAcceptedWithTheirOwnDocuments() {
        // recorded (outside the provincial chain, RegistrationLegalTest), not refused; no mainland checksum
        assertThat(check(Applicants.junior(COMPUTING).studentCategory(StudentCategory.FOREIGN)
                .idType(cn.jledu.studentstatus.student.IdType.PASSPORT).idNumber("E12345678").build())).isEmpty();
        assertThat(check(Applicants.junior(COMPUTING).studentCategory(StudentCategory.HK_MACAO_TAIWAN)
                .idType(cn.jledu.studentstatus.student.IdType.HKMO_PASS).idNumber("H60123456").build())).isEmpty();
        assertThat(check(Applicants.junior(COMPUTING).studentCategory(StudentCategory.HK_MACAO_TAIWAN)
                .idType(cn.jledu.studentstatus.student.IdType.TW_PASS).idNumber("01234567").build())).isEmpty();
        assertThat(check(Applicants.junior(COMPUTING).studentCategory(StudentCategory.STATELESS)
                .idType(cn.jledu.studentstatus.student.IdType.OTHER).idNumber("T0012345").build())).isEmpty();
        // the document must fit the category
        assertThat(check(Applicants.junior(COMPUTING).studentCategory(StudentCategory.FOREIGN).build()))
                .extracting(Problem::ruleId).containsExactly("R-REG-14");
        assertThat(check(Applicants.junior(COMPUTING).idType(cn.jledu.studentstatus.student.IdType.PASSPORT)
                .idNumber("E12345678").build())).extracting(Problem::ruleId).containsExactly("R-REG-14");
    }

    @Test
    void rReg10JointProgrammeNeedsThePartnersRegion() {
        assertThat(check(Applicants.junior(COMPUTING).jointProgramme("沈阳市第一职业技术学校", null).build()))
                .extracting(Problem::ruleId).containsExactly("R-REG-10");
        assertThat(check(Applicants.junior(COMPUTING).jointProgramme(null, "辽宁省沈阳市").build()))
                .extracting(Problem::ruleId).containsExactly("R-REG-10");
        assertThat(check(Applicants.junior(COMPUTING).jointProgramme("沈阳市第一职业技术学校", "辽宁省沈阳市").build()))
                .isEmpty();
    }

    @Test
    void rDur1BasicDurationIsANormNotAnExactNumber() {
        // “以3年为主”: three years, or longer within the junior start's six
        assertThat(check(Applicants.junior(COMPUTING).duration(3).build())).isEmpty();
        assertThat(check(Applicants.junior(COMPUTING).duration(4).build())).isEmpty();
        assertThat(check(Applicants.junior(COMPUTING).duration(2).build()))
                .singleElement().satisfies(p -> {
                    assertThat(p.ruleId()).isEqualTo("R-DUR-1");
                    assertThat(p.message()).contains("以3年为主").contains("3至6年");
                });
        assertThat(check(Applicants.junior(COMPUTING).duration(7).build())).extracting(Problem::ruleId)
                .containsExactly("R-DUR-1");
        // “以1年为主” for senior graduates, up to three
        assertThat(check(Applicants.junior(COMPUTING).level(IntakeLevel.SENIOR).duration(1).certificate("G").build()))
                .isEmpty();
        assertThat(check(Applicants.junior(COMPUTING).level(IntakeLevel.SENIOR).duration(3).certificate("G").build()))
                .isEmpty();
        assertThat(check(Applicants.junior(COMPUTING).level(IntakeLevel.SENIOR).duration(4).certificate("G").build()))
                .extracting(Problem::ruleId).containsExactly("R-DUR-1");
        // “以六年为主” for primary graduates of arts and sports
        assertThat(policy.check(Demo.CITY_SCHOOL.code(), AUTUMN,
                Applicants.junior(DANCE).level(IntakeLevel.PRIMARY).duration(5).build(), TODAY))
                .extracting(Problem::ruleId).containsExactly("R-DUR-1");
    }

    @Test
    void rDur1QualificationDurationHoldsWhateverTheStart() {
        // “职业资格规定修业年限的，招收学生无论初、高中毕业起点，学制应达到职业资格规定的年限”
        RegistrationPolicy withQualification = new RegistrationPolicy(new InMemoryOrganisationRepository()
                .withMajor(COMPUTING, "计算机应用", false, 4)
                .withApproved(Demo.NONGAN.code(), Demo.NONGAN.majors()));
        List<Problem> juniorThree = withQualification.check(Demo.NONGAN.code(), AUTUMN,
                Applicants.junior(COMPUTING).duration(3).build(), TODAY);
        assertThat(juniorThree).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo("R-DUR-1");
            assertThat(p.message()).contains("应达到职业资格规定的4年");
        });
        assertThat(withQualification.check(Demo.NONGAN.code(), AUTUMN,
                Applicants.junior(COMPUTING).duration(4).build(), TODAY)).isEmpty();
        // a senior start too must reach the qualification's four years (before: one year was demanded)
        assertThat(withQualification.check(Demo.NONGAN.code(), AUTUMN,
                Applicants.junior(COMPUTING).level(IntakeLevel.SENIOR).certificate("G").duration(1).build(), TODAY))
                .extracting(Problem::ruleId).containsExactly("R-DUR-1");
        assertThat(withQualification.check(Demo.NONGAN.code(), AUTUMN,
                Applicants.junior(COMPUTING).level(IntakeLevel.SENIOR).certificate("G").duration(4).build(), TODAY))
                .isEmpty();
    }

    @Test
    void rReg2BlankGraduationYearNeverSkipsTheCertificateCheck() {
        assertThat(check(Applicants.junior(COMPUTING).graduationYear(null).build()))
                .singleElement().satisfies(p -> {
                    assertThat(p.ruleId()).isEqualTo("R-REG-2");
                    assertThat(p.column()).isEqualTo("毕业证书编号");
                });
        assertThat(check(Applicants.junior(COMPUTING).graduationYear(null).certificate("CZ-1").build())).isEmpty();
    }

    @Test
    void rReg1EquivalentAttainmentIsAdmittedLikeTheGraduation() {
        // 第四条“初中毕业生以上学历或具有同等学力者”; 第十一条 the same durations
        assertThat(check(Applicants.junior(COMPUTING).level(IntakeLevel.JUNIOR_EQ).graduationYear(null).build()))
                .isEmpty();
        assertThat(check(Applicants.junior(COMPUTING).level(IntakeLevel.SENIOR_EQ).graduationYear(null).duration(1)
                .build())).isEmpty();
        assertThat(check(Applicants.junior(COMPUTING).level(IntakeLevel.SENIOR_EQ).duration(5).build()))
                .extracting(Problem::ruleId).containsExactly("R-DUR-1");
        assertThat(IntakeLevel.valueOf("JUNIOR_EQ").label()).isEqualTo("初中同等学力");
    }

    @Test
    void rDur2FlexibleLearningRanges() {
        assertThat(check(Applicants.junior(COMPUTING).form(LearningForm.FLEXIBLE).duration(6).build())).isEmpty();
        assertThat(check(Applicants.junior(COMPUTING).form(LearningForm.FLEXIBLE).duration(7).build()))
                .extracting(Problem::ruleId).containsExactly("R-DUR-2");
        assertThat(check(Applicants.junior(COMPUTING).form(LearningForm.FLEXIBLE).duration(2).build()))
                .extracting(Problem::ruleId).containsExactly("R-DUR-2");
        assertThat(check(Applicants.junior(COMPUTING).level(IntakeLevel.SENIOR).certificate("G")
                .form(LearningForm.FLEXIBLE).duration(3).build())).isEmpty();
        assertThat(check(Applicants.junior(COMPUTING).level(IntakeLevel.SENIOR).certificate("G")
                .form(LearningForm.FLEXIBLE).duration(4).build())).extracting(Problem::ruleId).containsExactly("R-DUR-2");
    }

    @Test
    void rReg6SpringIntakeIsNotForThisYearsJuniorGraduates() {
        Intake spring = new Intake(2026, Season.SPRING);
        LocalDate march = LocalDate.of(2026, 3, 1);
        assertThat(policy.check(Demo.NONGAN.code(), spring, Applicants.junior(COMPUTING).graduationYear(2026).build(), march))
                .extracting(Problem::ruleId).containsExactly("R-REG-6");
        assertThat(policy.check(Demo.NONGAN.code(), spring,
                Applicants.junior(COMPUTING).graduationYear(2025).certificate("CZ-9").build(), march)).isEmpty();
    }

    @Test
    void rReg6WindowsOpenAndCloseOnTheirDays() {
        policy.checkWindow(AUTUMN, LocalDate.of(2026, 11, 20));
        policy.checkWindow(AUTUMN, LocalDate.of(2026, 7, 1));
        assertThatThrownBy(() -> policy.checkWindow(AUTUMN, LocalDate.of(2026, 11, 21)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-REG-6");
        assertThatThrownBy(() -> policy.checkWindow(AUTUMN, LocalDate.of(2026, 6, 30)))
                .hasMessageContaining("开始受理");
        Intake spring = new Intake(2026, Season.SPRING);
        policy.checkWindow(spring, LocalDate.of(2026, 4, 20));
        assertThatThrownBy(() -> policy.checkWindow(spring, LocalDate.of(2026, 4, 21))).hasMessageContaining("R-REG-6");
        assertThat(Intake.current(LocalDate.of(2026, 11, 28))).isEqualTo(new Intake(2027, Season.SPRING));
        assertThat(Intake.current(LocalDate.of(2026, 9, 1))).isEqualTo(AUTUMN);
    }

    @Test
    void classMustBelongToTheMajor() {
        String computingClass = "2025级设施农业生产技术1班"; // 农安's 2025 class is 610102
        assertThat(check(Applicants.junior(COMPUTING).className(computingClass).build()))
                .extracting(Problem::column).containsExactly("班级");
        assertThat(check(Applicants.junior(COMPUTING).className("不存在的班").build()))
                .extracting(Problem::column).containsExactly("班级");
    }

    @Test
    void rReg8TheCounterDoesNotAssumeATenDigitSchoolCode() {
        // 学籍号 = school code + entry year + sequence: the sequence starts after the code, whatever its length
        assertThat(cn.jledu.studentstatus.student.PersonNumbers.sequenceOf("2201220001", 2026, "2201220001202600042"))
                .isEqualTo(42);
        assertThat(cn.jledu.studentstatus.student.PersonNumbers.sequenceOf("22012201", 2026, "22012201202600007"))
                .isEqualTo(7);
        assertThat(cn.jledu.studentstatus.student.PersonNumbers.format("22012201", 2026, 7)).isEqualTo("22012201202600007");
        // another school's number carried for life (R-REG-8), or a longer code that only starts like this one
        assertThat(cn.jledu.studentstatus.student.PersonNumbers.sequenceOf("22012201", 2026, "2201220001202600042"))
                .isEqualTo(-1);
        assertThat(cn.jledu.studentstatus.student.PersonNumbers.sequenceOf("2201220", 2026, "220122020260004212"))
                .isEqualTo(-1);
    }
}
