package cn.jledu.studentstatus.latereporting;

import java.time.LocalDate;

/** An admitted student expected to report (报到) on a date (R-REG-5). */
public record Admission(long id, String caseKey, String schoolCode, String name, String idType, String idNumber,
                        String admissionNoticeNo, LocalDate reportingDate, LocalDate delayUntil, Status status) {

    /** Where the admission stands. */
    public enum Status {
        EXPECTED("待报到"), DELAYED("准予延期报到"), REPORTED("已报到"), CANCELLED("已取消入学资格");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The last day of the two weeks every student has without asking (第五条：逾期两周不报到者，取消入学资格). */
    public LocalDate graceEnd() {
        return reportingDate.plusDays(LateReportingService.GRACE_DAYS);
    }

    /**
     * The latest day on which the student may still report: an approved delay extends the two weeks, it never
     * shortens them (a student who asks never gets less time than one who does not).
     */
    public LocalDate lastReportingDay() {
        return delayUntil != null && delayUntil.isAfter(graceEnd()) ? delayUntil : graceEnd();
    }
}
