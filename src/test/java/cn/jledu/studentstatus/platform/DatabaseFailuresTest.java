package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.UncategorizedSQLException;

/** Issue 13 §6: which failures mean "the database is away for a moment" (503) or "changed at the same time" (409). */
class DatabaseFailuresTest {

    final DatabaseFailures failures = new DatabaseFailures();

    @Test
    void aSessionTerminatedByARestartIs503WithAChineseMessage() {
        ProcessEngineException wrapped = new ProcessEngineException("engine",
                new SQLException("terminating connection due to administrator command", "57P01"));
        ProblemDetail p = failures.engine(wrapped);
        assertThat(p.getStatus()).isEqualTo(503);
        assertThat(p.getDetail()).contains("数据库暂时无法访问", "未作任何修改");
        assertThat(failures.dataAccess(new UncategorizedSQLException("insert", "INSERT …",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))).getStatus())
                .isEqualTo(503);
        // the rollback on the broken connection fails as well: the first failure decides
        org.springframework.transaction.TransactionSystemException rollback =
                new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                        new SQLException("Connection is closed"));
        rollback.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException("insert",
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertThat(failures.dataAccess(rollback).getStatus()).isEqualTo(503);
    }

    @Test
    void otherEngineAndDataFailuresAreLeftToTheirOwnHandlers() {
        ProcessEngineException other = new ProcessEngineException("no such task");
        assertThatThrownBy(() -> failures.engine(other)).isSameAs(other);
        DataIntegrityViolationException unique = new DataIntegrityViolationException("dup",
                new SQLException("duplicate key", "23505"));
        assertThatThrownBy(() -> failures.dataAccess(unique)).isSameAs(unique);
    }

    @Test
    void aCaseChangedOnAnotherNodeAtTheSameMomentIs409() {
        ProblemDetail p = failures.concurrentChange(new OptimisticLockingException("updated by another transaction"));
        assertThat(p.getStatus()).isEqualTo(409);
        assertThat(p.getDetail()).contains("已被他人处理");
    }

    @Test
    void theEngineRestApiAnswersATaskCompletedOnAnotherNodeAtTheSameMomentWith409() {
        EngineRestRefusals.WrappedConcurrentChange mapper = new EngineRestRefusals.WrappedConcurrentChange(id -> false);
        org.camunda.bpm.engine.rest.exception.RestException lost = new org.camunda.bpm.engine.rest.exception.RestException(
                jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR,
                new OptimisticLockingException("ENGINE-03005 Entity was updated by another transaction concurrently."),
                "Cannot complete task t1");
        assertThat(mapper.isMappable(lost)).isTrue();
        jakarta.ws.rs.core.Response r = mapper.toResponse(lost);
        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(r.getEntity().toString()).contains("已被他人处理");
        org.camunda.bpm.engine.rest.exception.RestException gone = new org.camunda.bpm.engine.rest.exception.RestException(
                jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR,
                new org.camunda.bpm.engine.exception.NullValueException("Cannot find task with id t1: task is null"),
                "Cannot complete task t1");
        assertThat(mapper.isMappable(gone)).isTrue();
        assertThat(mapper.isMappable(new org.camunda.bpm.engine.rest.exception.RestException(
                jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR, new ProcessEngineException("other"), "x")))
                .isFalse();
        // the loser read the task before the winner committed and the case after it: the task is gone now
        org.camunda.bpm.engine.rest.exception.RestException halfRead = new org.camunda.bpm.engine.rest.exception.RestException(
                jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR, new ProcessEngineException(
                "Cannot restore state of process instance p1: list of executions is empty"),
                "Cannot complete task t1: Cannot restore state of process instance p1: list of executions is empty");
        assertThat(mapper.isMappable(halfRead)).isTrue();
        assertThat(new EngineRestRefusals.WrappedConcurrentChange(id -> true).isMappable(halfRead))
                .as("the task is still there: a genuine error stays an error").isFalse();
    }

    @Test
    void signingInWhileTheDatabaseIsAwayIs503NotA500() throws Exception {
        org.camunda.bpm.engine.IdentityService identity = org.mockito.Mockito.mock(org.camunda.bpm.engine.IdentityService.class);
        org.mockito.Mockito.when(identity.checkPassword("nongan-registrar", "demo")).thenThrow(new ProcessEngineException(
                "An exception occurred in the persistence layer.", new org.springframework.dao.DataAccessResourceFailureException(
                        "An I/O error occurred while sending to the backend.")));
        org.springframework.mock.web.MockHttpServletRequest request =
                new org.springframework.mock.web.MockHttpServletRequest("GET", "/api/national-outbox");
        request.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("nongan-registrar:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        org.springframework.mock.web.MockHttpServletResponse response = new org.springframework.mock.web.MockHttpServletResponse();
        org.springframework.mock.web.MockFilterChain chain = new org.springframework.mock.web.MockFilterChain();

        new ApiAuthenticationFilter(identity).doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("数据库暂时无法访问");
        assertThat(chain.getRequest()).as("the request went no further").isNull();
    }

    @Test
    void theEngineRestApiAnswers503WhenTheDatabaseIsAway() {
        EngineRestRefusals.DirectUnavailable mapper = new EngineRestRefusals.DirectUnavailable();
        ProcessEngineException lost = new ProcessEngineException("persistence",
                new SQLException("terminating connection due to administrator command", "57P01"));
        assertThat(mapper.isMappable(lost)).isTrue();
        assertThat(mapper.toResponse(lost).getStatus()).isEqualTo(503);
        assertThat(mapper.isMappable(new ProcessEngineException("no such task"))).isFalse();
    }
}
