package cn.jledu.studentstatus.monthlyreport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the monthly change report (学籍信息变更或异动月报表, R-MON-1) shows: the school, the month, and one row per
 * status or information change approved in the month; a month without changes is a nil report (零报告).
 */
public record MonthlyChangeReport(String schoolCode, String schoolName, String filingBureauName, YearMonth month,
                                  LocalDate generatedOn, List<Row> rows) {

    /**
     * One change: student, 学籍号, kind, effective date, before and after, approvals level by level, the case, and
     * whether it was submitted to and reviewed in the national system within the month (R-MON-2).
     */
    public record Row(String studentNumber, String studentName, String kind, LocalDate effectiveDate, String before,
                      String after, String approvals, String caseKey, String details, boolean sameMonth,
                      String sameMonthNote) {
    }

    public boolean nil() {
        return rows.isEmpty();
    }

    public String monthLabel() {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** Number of changes by kind, in order of first appearance. */
    public Map<String, Integer> totals() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        rows.forEach(r -> totals.merge(r.kind(), 1, Integer::sum));
        return totals;
    }

    /** Rows not submitted to and reviewed in the national system within the month (R-MON-2). */
    public long flagged() {
        return rows.stream().filter(r -> !r.sameMonth()).count();
    }
}
