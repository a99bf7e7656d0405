package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.student.Intake;

import cn.jledu.studentstatus.student.StudentEnums.Season;
import java.time.OffsetDateTime;

/** A registration case: one or many new students of one school and intake, reviewed together. */
public record RegistrationBatch(long id, String caseKey, String schoolCode, int intakeYear, Season intakeSeason,
                                String source, String fileName, Status status, int studentCount,
                                String processInstanceId, String submittedBy, OffsetDateTime submittedAt,
                                String returnReason) {

    /** Where the case stands. */
    public enum Status {
        IN_REVIEW("审核中"), RETURNED("退回修改"), APPROVED("已注册"), WITHDRAWN("已撤回"),
        /** R-REG-14: foreign, stateless, HK/Macao/Taiwan students, recorded by the school outside the chain. */
        RECORDED("另行办理，已登记");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Intake intake() {
        return new Intake(intakeYear, intakeSeason);
    }
}
