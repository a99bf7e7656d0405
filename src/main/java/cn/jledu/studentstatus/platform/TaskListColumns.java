package cn.jledu.studentstatus.platform;

import java.util.ArrayList;
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
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters show the columns 学校, 学生, 事项 ({@link CaseVariables#SCHOOL_NAME},
 * {@link CaseVariables#STUDENT_NAME}, {@link CaseVariables#CASE_TITLE}). Tasklist reads them with the engine's
 * variable query, which shows a user a process variable only with READ on the process instance — staff have READ
 * on their tasks (candidate or assignee), not on instances, so the columns stayed empty. Every user task therefore
 * gets a copy of the three display values as task-local variables when it is created (one parse listener for all
 * diagrams): readable by exactly those who may read the task, nothing more.
 *
 * <p>The copies are display values only: nothing reads them back, no form declares them as writable, and a
 * completion cannot set them ({@link TaskVariableGuard}).
 */
@Component
class TaskListColumns extends AbstractProcessEnginePlugin {

    static final List<String> COLUMNS = List.of(CaseVariables.SCHOOL_NAME, CaseVariables.STUDENT_NAME,
            CaseVariables.CASE_TITLE);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        TaskListener listener = TaskListColumns::copy;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            }
        });
    }

    static void copy(DelegateTask task) {
        if (task.getExecution() == null) {
            return;
        }
        for (String name : COLUMNS) {
            Object value = task.getExecution().getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value.toString());
            }
        }
    }
}
