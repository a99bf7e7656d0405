package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.calendar.WorkingDayCalendar;
import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.student.Intake;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The registration deadlines (R-REG-6, R-MON-2), as bean {@code registrationDeadlines} for the diagram:
 * <ul>
 * <li>the intake deadline (20 April / 20 November) binds the whole case: a returned case must be resubmitted by the
 * deadline plus the province's grace ({@code studentstatus.registration.resubmission-grace-working-days}, default
 * 5 working days); a bureau approval after that needs an explicit late approval with a reason;</li>
 * <li>same-month review: each bureau review task is due at the end of the month in which the case reached it, with
 * a reminder {@code studentstatus.registration.review-reminder-working-days} (default 3) working days before, and an
 * escalation to the bureau above when overdue.</li>
 * </ul>
 */
@Component("registrationDeadlines")
public class RegistrationDeadlines {

    private final WorkingDayCalendar calendar;
    private final Organisation organisation;
    private final int graceWorkingDays;
    private final int reminderWorkingDays;

    RegistrationDeadlines(WorkingDayCalendar calendar, Organisation organisation,
                          @Value("${studentstatus.registration.resubmission-grace-working-days:5}") int graceWorkingDays,
                          @Value("${studentstatus.registration.review-reminder-working-days:3}") int reminderWorkingDays) {
        this.calendar = calendar;
        this.organisation = organisation;
        this.graceWorkingDays = graceWorkingDays;
        this.reminderWorkingDays = reminderWorkingDays;
    }

    /** The last day on which a returned case of the intake may be resubmitted (and approved without a late approval). */
    public LocalDate resubmissionLastDay(Intake intake, String schoolCode) {
        return calendar.addWorkingDays(intake.closes(), graceWorkingDays, schoolCode);
    }

    /** Whether the deadline and the grace are over on {@code day}. */
    public boolean afterGrace(Intake intake, String schoolCode, LocalDate day) {
        return day.isAfter(resubmissionLastDay(intake, schoolCode));
    }

    public int graceWorkingDays() {
        return graceWorkingDays;
    }

    /** Due date of a bureau review task: the end of the month in which the case reached it (R-MON-2). */
    public Date endOfThisMonth() {
        return Date.from(YearMonth.from(AppClock.today()).plusMonths(1).atDay(1).atStartOfDay(AppClock.ZONE)
                .toInstant());
    }

    /**
     * When the reviewer is reminded: the beginning of the N-th last working day of this month (N configured), so
     * that N working days remain.
     */
    public Date reminder(String schoolCode) {
        LocalDate day = YearMonth.from(AppClock.today()).atEndOfMonth();
        int counted = 0;
        while (true) {
            if (calendar.isWorkingDay(day, schoolCode) && ++counted >= reminderWorkingDays) {
                break;
            }
            day = day.minusDays(1);
        }
        return Date.from(day.atStartOfDay(AppClock.ZONE).toInstant());
    }

    /** Who supervises an overdue review of this bureau: the bureau above it (the province supervises itself). */
    public String escalationGroup(String bureauCode) {
        Bureau parent = organisation.parentOf(bureauCode);
        return GroupIds.bureauReviewer(parent == null ? bureauCode : parent.code());
    }
}
