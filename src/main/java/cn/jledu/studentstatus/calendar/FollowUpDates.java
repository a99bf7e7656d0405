package cn.jledu.studentstatus.calendar;

import cn.jledu.studentstatus.platform.AppClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Gives every user task that has a due date a follow-up date: the start of the last N working days before it is due
 * (default 3, {@code studentstatus.tasks.due-soon-working-days}), counted in the school's calendar. The Tasklist
 * filter 即将超期 lists tasks whose follow-up date has passed and whose due date has not; 已超期 those past due.
 * A task whose diagram sets its own follow-up date keeps it; a year without calendar data leaves it without one.
 */
@Component
class FollowUpDates extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpDates.class);

    private final WorkingDayCalendar calendar;
    private final int dueSoonWorkingDays;

    FollowUpDates(@Lazy WorkingDayCalendar calendar,
                  @Value("${studentstatus.tasks.due-soon-working-days:3}") int dueSoonWorkingDays) {
        this.calendar = calendar;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        TaskListener listener = this::setFollowUp;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            }
        });
    }

    void setFollowUp(DelegateTask task) {
        if (task.getDueDate() == null || task.getFollowUpDate() != null) {
            return;
        }
        Object school = task.getVariable(WorkingDayExpressions.REGION_VARIABLE);
        task.setFollowUpDate(followUp(task.getDueDate(), school == null ? null : school.toString()));
    }

    /** The start of the last N working days before {@code due} (a due date at 00:00 ends the day before). */
    Date followUp(Date due, String region) {
        ZoneId zone = AppClock.ZONE;
        LocalDate dueDay = due.toInstant().minusSeconds(1).atZone(zone).toLocalDate();
        try {
            LocalDate start = calendar.lastWorkingDaysStart(dueDay, dueSoonWorkingDays, region);
            return Date.from(start.atStartOfDay(zone).toInstant());
        } catch (RuntimeException missingData) {
            LOG.warn("No follow-up date for a task due {}: {}", due, missingData.getMessage());
            return null;
        }
    }
}
