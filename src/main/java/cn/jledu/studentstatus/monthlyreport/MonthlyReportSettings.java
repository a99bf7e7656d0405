package cn.jledu.studentstatus.monthlyreport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code studentstatus.monthly-report.*} (application.yaml, docs/monthly-report.md): the working days of the
 * escalations, copied into each case's variables when it starts (a change applies to cases opened afterwards).
 *
 * @param reminderWorkingDays the school is reminded at the end of the working day this many working days before
 *                            the month's last working day
 * @param provinceEscalationWorkingDays a report still missing this many working days after the month's last day
 *                                      goes to the province
 * @param intakeReminderWorkingDays schools and bureaus are reminded this many working days before an intake
 *                                  deadline (20 April, 20 November, R-REG-6)
 * @param headcountGapPercent a declared full-time headcount differing from the system by more than this share is
 *                            highlighted on the oversight page (R-MON-3)
 */
@ConfigurationProperties("studentstatus.monthly-report")
public record MonthlyReportSettings(@DefaultValue("3") int reminderWorkingDays,
                                    @DefaultValue("5") int provinceEscalationWorkingDays,
                                    @DefaultValue("5") int intakeReminderWorkingDays,
                                    @DefaultValue("5") int headcountGapPercent) {

    public MonthlyReportSettings {
        if (reminderWorkingDays < 1 || provinceEscalationWorkingDays < 1 || intakeReminderWorkingDays < 1
                || headcountGapPercent < 0) {
            throw new IllegalArgumentException("studentstatus.monthly-report: 工作日数必须为正整数，差异比例不能为负数。");
        }
    }
}
