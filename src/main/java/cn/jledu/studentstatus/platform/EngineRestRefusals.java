package cn.jledu.studentstatus.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API ({@code /engine-rest}) answers a {@link FormRefusal} with 400 and the Chinese message alone.
 * Camunda's resources wrap engine exceptions in a {@link RestException} whose status depends on the endpoint
 * (400 for a refused {@code complete}/{@code submit-form}, 500 for the variable endpoints) and whose message
 * starts with English text; these mappers take precedence for refusals only and leave every other error to
 * Camunda's handlers.
 */
@Configuration
class EngineRestRefusals {

    /** Ahead of Camunda's mappers (default priority 5000) when both match. */
    static final int PRIORITY = 1000;

    @Bean
    ResourceConfigCustomizer formRefusalMappers(org.springframework.beans.factory.ObjectProvider<
            org.camunda.bpm.engine.TaskService> tasks) {
        return config -> {
            config.register(new DirectRefusal(), PRIORITY);
            config.register(new WrappedRefusal(), PRIORITY);
            config.register(new DirectConcurrentChange(), PRIORITY);
            config.register(new WrappedConcurrentChange(taskId -> tasks.getObject().createTaskQuery().taskId(taskId)
                    .count() > 0), PRIORITY);
            config.register(new DirectUnavailable(), PRIORITY);
            config.register(new WrappedUnavailable(), PRIORITY);
            config.register(new MissingBody(), PRIORITY);
        };
    }

    static Response badRequest(FormRefusal refusal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "FormRefusal");
        body.put("message", refusal.getMessage());
        body.put("ruleId", refusal.ruleId());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body).build();
    }

    static FormRefusal refusalIn(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof FormRefusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    /**
     * Issue 13 §6: the same task completed twice at once (two nodes, two users): the engine commits one and refuses
     * the other with an {@link OptimisticLockingException}, which Camunda's resources answer with 500. It is a
     * clean refusal that changed nothing: 409 with a Chinese message.
     */
    static Response conflict() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "ConcurrentChange");
        body.put("message", DatabaseFailures.CONCURRENT);
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body).build();
    }

    static boolean concurrentChangeIn(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    /** The loser arrived after the winner committed: the task is gone (Camunda answers that with 500 too). */
    static boolean taskGoneIn(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.camunda.bpm.engine.exception.NullValueException && t.getMessage() != null
                    && t.getMessage().contains("Cannot find task")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The loser read the task before the winner committed and the case's executions after it ("Cannot restore
     * state of process instance …", or worse an internal error): when the task the request completed is gone now,
     * another request completed it, and this one changed nothing.
     */
    static final class TaskGone {
        static final java.util.regex.Pattern TASK = java.util.regex.Pattern.compile(
                "^Cannot (?:complete task|submit task form) ([A-Za-z0-9_-]+)");

        static boolean completedMeanwhile(RestException e, java.util.function.Predicate<String> taskExists) {
            java.util.regex.Matcher m = TASK.matcher(String.valueOf(e.getMessage()));
            if (!m.find()) {
                return false;
            }
            try {
                return !taskExists.test(m.group(1));
            } catch (RuntimeException lookupFailed) {
                return false;
            }
        }
    }

    @Priority(PRIORITY)
    static class DirectConcurrentChange implements ExceptionMapper<OptimisticLockingException> {
        @Override
        public Response toResponse(OptimisticLockingException e) {
            return conflict();
        }
    }

    @Priority(PRIORITY)
    static class WrappedConcurrentChange implements ExtendedExceptionMapper<RestException> {
        private final java.util.function.Predicate<String> taskExists;

        WrappedConcurrentChange(java.util.function.Predicate<String> taskExists) {
            this.taskExists = taskExists;
        }

        @Override
        public boolean isMappable(RestException e) {
            return refusalIn(e) == null && (concurrentChangeIn(e) || e.getStatus() != null
                    && e.getStatus().getStatusCode() >= 500 && (taskGoneIn(e) || TaskGone.completedMeanwhile(e, taskExists)));
        }

        @Override
        public Response toResponse(RestException e) {
            return conflict();
        }
    }

    /** The database away for a moment (restart): 503 with a Chinese message, as in our API ({@link DatabaseFailures}). */
    static Response unavailable() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "DatabaseUnavailable");
        body.put("message", DatabaseFailures.UNAVAILABLE);
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    @Priority(PRIORITY)
    static class DirectUnavailable implements ExtendedExceptionMapper<org.camunda.bpm.engine.ProcessEngineException> {
        @Override
        public boolean isMappable(org.camunda.bpm.engine.ProcessEngineException e) {
            return refusalIn(e) == null && !concurrentChangeIn(e) && DatabaseFailures.isConnectionFailure(e);
        }

        @Override
        public Response toResponse(org.camunda.bpm.engine.ProcessEngineException e) {
            return unavailable();
        }
    }

    @Priority(PRIORITY)
    static class WrappedUnavailable implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException e) {
            return refusalIn(e) == null && !concurrentChangeIn(e) && DatabaseFailures.isConnectionFailure(e);
        }

        @Override
        public Response toResponse(RestException e) {
            return unavailable();
        }
    }

    /** A refusal that reaches Jersey as it is. */
    @Priority(PRIORITY)
    static class DirectRefusal implements ExceptionMapper<FormRefusal> {
        @Override
        public Response toResponse(FormRefusal refusal) {
            return badRequest(refusal);
        }
    }

    /** A refusal wrapped by a Camunda resource ("Cannot complete task …: …", "Cannot modify variables …"). */
    @Priority(PRIORITY)
    static class WrappedRefusal implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException e) {
            return refusalIn(e) != null;
        }

        @Override
        public Response toResponse(RestException e) {
            return badRequest(refusalIn(e));
        }
    }

    /**
     * A request body that an engine REST resource needs but did not get ({@code POST /task/{id}/claim} with the
     * body {@code null}): Camunda's resource dereferences the missing DTO and answered 500 with the English
     * NullPointerException text (issue 13 §4). Only a NullPointerException thrown in Camunda's REST resources
     * themselves is mapped; one from deeper down stays a 500.
     */
    @Priority(PRIORITY)
    static class MissingBody implements ExtendedExceptionMapper<NullPointerException> {
        @Override
        public boolean isMappable(NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            return trace.length > 0 && trace[0].getClassName().startsWith("org.camunda.bpm.engine.rest.");
        }

        @Override
        public Response toResponse(NullPointerException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "InvalidRequest");
            body.put("message", "请求体缺失或为空：该接口需要 JSON 请求体（例如认领任务须提供 {\"userId\": \"…\"}）。");
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
        }
    }
}
