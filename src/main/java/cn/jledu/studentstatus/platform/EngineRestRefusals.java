package cn.jledu.studentstatus.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
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
    ResourceConfigCustomizer formRefusalMappers() {
        return config -> {
            config.register(new DirectRefusal(), PRIORITY);
            config.register(new WrappedRefusal(), PRIORITY);
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
