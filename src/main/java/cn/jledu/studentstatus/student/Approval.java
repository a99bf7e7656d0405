package cn.jledu.studentstatus.student;

import java.time.LocalDate;

/**
 * One approval behind a status change: which level ({@link Level}), which authority (the school or bureau by
 * name), what it decided, who (user id, where known) and on which day (where known). A status-change row keeps
 * the list as JSON in {@code status_change.approvals}; the monthly report and the national outbox read it.
 */
public record Approval(Level level, String authority, String decision, String by, LocalDate on) {

    /** The level of the approving body. Bureau levels carry the same names as the organisation's BureauLevel. */
    public enum Level {
        SCHOOL("学校"),
        COUNTY("县级教育行政部门"),
        CITY("市（州）级教育行政部门"),
        PROVINCE("省级教育行政部门");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The approval level of a bureau level given by name (PROVINCE, CITY, COUNTY). */
        public static Level ofBureau(String bureauLevelName) {
            return valueOf(bureauLevelName);
        }
    }

    public static Approval school(String schoolName, String decision) {
        return new Approval(Level.SCHOOL, schoolName, decision, null, null);
    }

    public Approval by(String userId, LocalDate day) {
        return new Approval(level, authority, decision, userId, day);
    }
}
