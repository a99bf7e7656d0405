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

    /** The latest day on which the student may still report: the approved delay, or two weeks after the date. */
    public LocalDate lastReportingDay() {
        return delayUntil != null ? delayUntil : reportingDate.plusDays(LateReportingService.GRACE_DAYS);
    }
}
