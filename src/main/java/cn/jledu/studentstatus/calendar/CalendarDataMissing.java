package cn.jledu.studentstatus.calendar;

import cn.jledu.studentstatus.platform.RuleViolation;

/**
 * CAL-1: a period reaches into a year whose holiday schedule is not loaded. Never counted as plain
 * Monday–Friday: the caller gets this refusal (HTTP 422), a timer or task job fails and shows as an incident.
 */
public class CalendarDataMissing extends RuleViolation {

    public static final String RULE_ID = "CAL-1";

    private final int year;

    public CalendarDataMissing(int year) {
        super(RULE_ID, "尚未导入" + year + "年的节假日安排（国务院办公厅关于" + year
                + "年部分节假日安排的通知），无法计算工作日期限。请系统管理员导入该年数据后重试。");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
