package cn.jledu.studentstatus.registration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.BureauLevel;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.student.Intake;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a list of registration reviews reads without opening them — two batches of one school and intake differ
 * by whose case they are (the student of a batch of one, else the first student and 等) and by their size.
 */
class RegistrationCaseTitleTest {

    static final School NONGAN = new School("2201220001", "农安县职业教育中心", BureauLevel.COUNTY, "220122", true);
    static final Intake AUTUMN = new Intake(2026, Season.AUTUMN);

    @Test
    void aBatchOfOneNamesItsStudent() {
        assertThat(RegistrationProcess.caseTitle(NONGAN, AUTUMN, 1, "赵明远"))
                .isEqualTo("新生注册：农安县职业教育中心 2026年秋季（赵明远）共1人");
    }

    @Test
    void aLargerBatchNamesItsFirstStudentAndItsSize() {
        assertThat(RegistrationProcess.caseTitle(NONGAN, AUTUMN, 32, "赵明远"))
                .isEqualTo("新生注册：农安县职业教育中心 2026年秋季（赵明远等）共32人");
        assertThat(RegistrationProcess.caseTitle(NONGAN, AUTUMN, 32, "钱晓东"))
                .isNotEqualTo(RegistrationProcess.caseTitle(NONGAN, AUTUMN, 32, "赵明远"));
    }
}
