package cn.jledu.studentstatus.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.registrationcancellation.RegistrationCancellationContract;
import cn.jledu.studentstatus.registrationcancellation.RegistrationCancellationProcess;
import cn.jledu.studentstatus.sanction.ExpulsionGround;
import cn.jledu.studentstatus.sanction.SanctionContract;
import cn.jledu.studentstatus.sanction.SanctionLevel;
import cn.jledu.studentstatus.sanction.SanctionProcess;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PROC-1 on PostgreSQL: a cancellation (注销) and an expulsion (开除学籍) of the same student started at the same
 * moment from two threads: exactly one proceeds, the other is refused with 409; once the first ends (on any path)
 * the other can start. A sanction below expulsion runs alongside.
 */
@IntegrationTest
class ConflictingProceduresTest {

    @Autowired
    RegistrationCancellationProcess cancellations;
    @Autowired
    SanctionProcess sanctions;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    StudentRecords records;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoConflictingProceduresStartedAtOnceExactlyOneProceedsUntilItEnds() throws Exception {
        Student s = fixtures.enrolled(Demo.YONGJI);
        CountDownLatch bothLookedFree = new CountDownLatch(2);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        // each thread first sees the student free (the "check" of a check-then-act), then both start at once
        Callable<ProcessInstance> cancellation = () -> tx.execute(status -> {
            lookFree(s, bothLookedFree);
            return proposeCancellation(s);
        });
        Callable<ProcessInstance> expulsion = () -> tx.execute(status -> {
            lookFree(s, bothLookedFree);
            return proposeExpulsion(s);
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<ProcessInstance> started = new ArrayList<>();
        List<RuleViolation> refused = new ArrayList<>();
        try {
            for (Future<ProcessInstance> f : List.of(pool.submit(cancellation), pool.submit(expulsion))) {
                try {
                    started.add(f.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(RuleViolation.class);
                    refused.add((RuleViolation) e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(started).hasSize(1);
        assertThat(refused).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo(StudentRecords.PROCEDURE_RULE);
            assertThat(v.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(v.getMessage()).contains("该生已有正在办理的", started.get(0).getBusinessKey(), "办结后");
        });
        ProcessInstance first = started.get(0);
        boolean cancellationWon = first.getProcessDefinitionId().startsWith(RegistrationCancellationContract.PROCESS_KEY + ":");
        assertThat(records.runningProcedure(s.id())).map(ProcedureLock::caseKey).contains(first.getBusinessKey());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(cancellationWon
                ? SanctionContract.PROCESS_KEY : RegistrationCancellationContract.PROCESS_KEY)
                .variableValueEquals("studentId", s.id()).count()).as("the refused case left nothing behind").isZero();

        // while it runs, the other is still refused; a warning (below expulsion) runs alongside
        assertRefused(() -> { if (cancellationWon) { proposeExpulsion(s); } else { proposeCancellation(s); } });
        ProcessInstance warning = sanctions.propose(s.id(), "上课玩手机", SanctionLevel.WARNING, null);
        runtime.deleteProcessInstance(warning.getId(), "测试结束");
        assertThat(records.runningProcedure(s.id())).isPresent();

        // the first ends on its refusal path (kept / not sanctioned): the student is free, the other can start
        refuse(first, cancellationWon);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(first.getId()).count()).isZero();
        assertThat(records.runningProcedure(s.id())).isEmpty();
        ProcessInstance second = cancellationWon ? proposeExpulsion(s) : proposeCancellation(s);
        assertThat(records.runningProcedure(s.id())).map(ProcedureLock::caseKey).contains(second.getBusinessKey());

        // a case deleted by an administrator (Cockpit) lets the student go too
        runtime.deleteProcessInstance(second.getId(), "误建案件");
        assertThat(records.runningProcedure(s.id())).isEmpty();
        assertThat(records.get(s.id()).status()).isEqualTo(StudentStatus.ENROLLED);
    }

    private void lookFree(Student s, CountDownLatch bothLookedFree) {
        assertThat(records.runningProcedure(s.id())).isEmpty();
        bothLookedFree.countDown();
        try {
            assertThat(bothLookedFree.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ProcessInstance proposeCancellation(Student s) {
        return cancellations.propose(s.id(), RegistrationCancellationContract.Ground.FALSE_INFORMATION,
                "入学时提供的初中毕业证书系伪造");
    }

    private ProcessInstance proposeExpulsion(Student s) {
        return sanctions.propose(s.id(), "持刀伤人，已被判处刑罚", SanctionLevel.EXPULSION, ExpulsionGround.CRIMINAL_OFFENCE);
    }

    /** Ends a case on its refusal path: the school keeps the status, or the proposal is not supported. */
    private void refuse(ProcessInstance instance, boolean cancellation) {
        String task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        if (cancellation) {
            tasks.complete(task, withVariables(RegistrationCancellationContract.Vars.DECISION,
                    RegistrationCancellationContract.KEEP, RegistrationCancellationContract.Vars.DECISION_NOTE, "经核实材料属实"));
        } else {
            tasks.complete(task, withVariables(SanctionContract.Vars.PROPOSAL_SUPPORTED, false,
                    SanctionContract.Vars.REVIEW_NOTE, "事实不清"));
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.ruleId()).isEqualTo(StudentRecords.PROCEDURE_RULE));
    }
}
