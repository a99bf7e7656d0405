package cn.jledu.studentstatus.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Issue 13 §6 (two nodes, two users): a command that completes a task (complete, submit-form, BPMN error or
 * escalation) first locks the task's row ({@code SELECT … FOR UPDATE}). Two completions of the same task at the
 * same moment then run one after the other: the second finds the task gone ("Cannot find task", answered 409 by
 * {@link EngineRestRefusals}) instead of reading the case half before and half after the first one committed,
 * which failed with internal errors. Placed after the engine's command context, ahead of {@link TaskVariableGuard}.
 */
class TaskCompletionLock extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        TaskVariableGuard.Attempt attempt = TaskVariableGuard.attempt(command);
        if (attempt != null && attempt.completes() && attempt.taskId() != null) {
            lock(attempt.taskId());
        }
        return next.execute(command);
    }

    private static void lock(String taskId) {
        Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID_ FROM ACT_RU_TASK WHERE ID_ = ? FOR UPDATE")) {
            select.setString(1, taskId);
            select.executeQuery().close();
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot lock task " + taskId, e);
        }
    }

    /** Installs the lock in the engine's command chain, first among the interceptors after the command context. */
    @Component
    static class Plugin extends AbstractProcessEnginePlugin {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired();
            if (post == null) {
                post = new ArrayList<>();
                configuration.setCustomPostCommandInterceptorsTxRequired(post);
            }
            post.add(0, new TaskCompletionLock());
        }
    }
}
