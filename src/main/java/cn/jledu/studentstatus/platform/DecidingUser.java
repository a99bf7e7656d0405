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
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Who decided (issue 13 §5): audit rows, case history, documents record the person, never "system", when a step
 * runs because a person completed a task. Every user task gets a complete listener (one parse listener for all
 * diagrams) that records the completing user — the engine's authenticated user (Tasklist, engine REST), else the
 * task's assignee — in the process variable {@value #VARIABLE}. {@link CurrentUser#idOrSystem()} reads, in this
 * order: the user of our API request; the engine's authenticated user; inside an asynchronous continuation (a
 * document step after the principal's decision, run by the job executor without a user) the recorded deciding
 * user. Timers and start-up remain "system": nobody decided them.
 *
 * <p>No form declares {@value #VARIABLE}, so a completion cannot set it ({@link TaskVariableGuard}).
 */
@Component
class DecidingUser extends AbstractProcessEnginePlugin {

    /** The process variable with the user who completed the case's last user task. */
    static final String VARIABLE = "decidedBy";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        TaskListener listener = DecidingUser::record;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
            }
        });
    }

    static void record(DelegateTask task) {
        CommandContext context = Context.getCommandContext();
        String user = context == null ? null : context.getAuthenticatedUserId();
        if (user == null) {
            user = task.getAssignee();
        }
        if (task.getExecution() != null) {
            task.getExecution().setVariable(VARIABLE, user);
        }
    }

    /** The deciding user as seen from engine code running now, or null (see the class comment). */
    static String current() {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return null;
        }
        if (context.getAuthenticatedUserId() != null) {
            return context.getAuthenticatedUserId();
        }
        BpmnExecutionContext execution = Context.getBpmnExecutionContext();
        if (context.getCurrentJob() instanceof MessageEntity && execution != null && execution.getExecution() != null) {
            Object decided = execution.getExecution().getVariable(VARIABLE);
            return decided == null ? null : decided.toString();
        }
        return null;
    }
}
