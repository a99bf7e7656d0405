package cn.jledu.studentstatus.calendar;

import cn.jledu.studentstatus.platform.CaseVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The calendar for BPMN expressions, as bean {@code workingDays}:
 * {@code <bpmn:timeDate>${workingDays.deadline(execution, decisionReceivedOn, 15)}</bpmn:timeDate>} or
 * {@code camunda:dueDate="${workingDays.deadline(execution, appealReceivedOn, 30)}"}. The region is the
 * process variable {@code schoolCode} (national calendar without it). The returned {@link Date} is the end
 * of the N-th working day (00:00 Asia/Shanghai of the following day); it is recorded in
 * {@code calendar_deadline} so that a change of the holiday data moves the waiting timer or task
 * ({@link CalendarDeadlines}). A year without data throws CAL-1: the job fails and shows as an incident.
 */
@Component("workingDays")
public class WorkingDayExpressions {

    /** The process variable that names the region (a school code). */
    public static final String REGION_VARIABLE = CaseVariables.SCHOOL_CODE;

    private final WorkingDayCalendar calendar;
    private final CalendarDeadlines deadlines;

    WorkingDayExpressions(WorkingDayCalendar calendar, CalendarDeadlines deadlines) {
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    public Date deadline(VariableScope scope, Object receivedOn, int workingDays) {
        LocalDate from = toDate(receivedOn);
        Object region = scope.getVariable(REGION_VARIABLE);
        String regionOf = region == null ? WorkingDayCalendar.NATIONAL : region.toString();
        Instant due = calendar.deadline(from, workingDays, regionOf);
        if (scope instanceof DelegateExecution execution) {
            deadlines.track(execution.getProcessInstanceId(), execution.getId(), from, workingDays, regionOf, due);
        }
        return Date.from(due);
    }

    /** The last day of the period as yyyy-MM-dd, for display in forms and letters. */
    public String lastDay(VariableScope scope, Object receivedOn, int workingDays) {
        Object region = scope.getVariable(REGION_VARIABLE);
        return calendar.addWorkingDays(toDate(receivedOn), workingDays,
                region == null ? WorkingDayCalendar.NATIONAL : region.toString()).toString();
    }

    static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(cn.jledu.studentstatus.platform.AppClock.ZONE).toLocalDate();
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(cn.jledu.studentstatus.platform.AppClock.ZONE).toLocalDate();
        }
        if (value instanceof String s && s.length() >= 10) {
            return LocalDate.parse(s.substring(0, 10));
        }
        throw new IllegalArgumentException("工作日期限的起算日期无效：" + value);
    }
}
