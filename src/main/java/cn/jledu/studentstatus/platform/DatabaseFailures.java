package cn.jledu.studentstatus.platform;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Faults (issue 13 §6, docs/operations.md): the database unreachable for a moment (PostgreSQL restarted, connections
 * cut) answers 503, and a case changed by someone else at the same moment (another node, another user) answers 409,
 * both with a Chinese message. Either way the request's transaction rolled back and nothing was written; the
 * connection pool replaces broken connections by itself. Consulted after {@link ApiErrors}, so refusals keep their
 * own answers.
 */
@RestControllerAdvice(basePackages = "cn.jledu.studentstatus")
@Order(Ordered.LOWEST_PRECEDENCE)
class DatabaseFailures {

    static final String UNAVAILABLE = "数据库暂时无法访问，本次操作未作任何修改，请稍后重试。";
    static final String CONCURRENT = "该事项刚刚已被他人处理，本次操作未作任何修改，请刷新后查看。";

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessResourceException.class})
    ProblemDetail databaseUnavailable(Exception e) {
        return unavailable();
    }

    /** Any other data-access or transaction failure whose cause is a broken connection (e.g. SQLSTATE 57P01). */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class,
            org.springframework.transaction.TransactionException.class})
    ProblemDetail dataAccess(RuntimeException e) {
        if (isConnectionFailure(e)) {
            return unavailable();
        }
        throw e;
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail concurrentChange(OptimisticLockingException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, CONCURRENT);
        p.setTitle("数据冲突");
        return p;
    }

    /** An engine call that failed because its database connection broke; any other engine failure is left alone. */
    @ExceptionHandler(ProcessEngineException.class)
    ProblemDetail engine(ProcessEngineException e) throws ProcessEngineException {
        if (isConnectionFailure(e)) {
            return unavailable();
        }
        throw e;
    }

    static ProblemDetail unavailable() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE);
        p.setTitle("服务暂时不可用");
        return p;
    }

    /** SQLSTATE class 08 (connection exception), 57P0x (server shut down, session terminated), 53 (resources). */
    static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")) {
                    return true;
                }
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException) {
                return true;
            }
            // the rollback after a broken connection fails too; Spring then keeps the first failure aside
            if (t instanceof org.springframework.transaction.TransactionSystemException tse
                    && tse.getApplicationException() != null && tse.getApplicationException() != e
                    && isConnectionFailure(tse.getApplicationException())) {
                return true;
            }
        }
        return false;
    }
}
