package cn.jledu.studentstatus.student;

/**
 * R-WDR-2: the school may withdraw a student who did not apply to resume within two weeks after a suspension
 * ended, has been suspended two consecutive years, missed 90 or more class hours in a semester or left without
 * permission for two consecutive weeks or more. The system only proposes: a person at the school decides. Asked by
 * the suspension timers and the attendance import, answered by the withdrawal procedure (which starts the case).
 */
public interface WithdrawalProposals {

    /** The R-WDR-2 grounds. */
    enum Ground {
        SUSPENSION_EXPIRED("休学期满两周内未办理复学手续"),
        SUSPENDED_TWO_YEARS("连续休学两年仍不能复学"),
        ABSENT_90_HOURS("一学期旷课累计达90课时以上"),
        LEFT_TWO_WEEKS("擅自离校连续两周以上");

        private final String label;

        Ground(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Proposes the withdrawal of the student to the school, with the evidence in Chinese. {@code sourceKey} names
     * where the proposal comes from (a suspension case and its end date, an attendance term): exactly one proposal
     * per student and source, so a timer that fires again or a re-imported file proposes nothing new. Returns
     * whether a new proposal was made.
     */
    boolean propose(long studentId, Ground ground, String evidence, String sourceKey);
}
