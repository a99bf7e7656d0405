package cn.jledu.studentstatus.transfer;

import static cn.jledu.studentstatus.transfer.TransferContract.Vars;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks, the term-start timer and the form checks of processes/transfer.bpmn (both halves). */
@Configuration
class TransferDelegates {

    /** Every decision (exception, both schools, both bureaus): its form's choice and reason, recorded. */
    @Bean
    TaskListener transferDecisionCheck(TransferService service) {
        return task -> {
            TransferContract.Step step = TransferContract.Step.ofTask(task.getTaskDefinitionKey());
            service.decide(task.getExecution().getProcessBusinessKey(), step, task.getVariable(step.decisionVariable()),
                    task.getVariable(step.reasonVariable()));
        };
    }

    /** 出具转出证明并提交转入学校: certificate, national out-half, then the in-half starts. */
    @Bean
    JavaDelegate transferRequestTransferInDelegate(TransferService service, TransferProcess process) {
        return execution -> {
            String caseKey = execution.getProcessBusinessKey();
            service.issueTransferOut(caseKey, execution.getProcessInstanceId());
            execution.setVariable(Vars.PAPERS, service.papers(caseKey));
            process.requestTransferIn(caseKey);
        };
    }

    /** 记录未获批准的转学: the student stays 在籍 at the out-school; the attempt is kept. */
    @Bean
    JavaDelegate transferRecordRefusalDelegate(TransferService service) {
        return execution -> service.recordRefusal(execution.getProcessBusinessKey());
    }

    /** Every end of the out-half (moved or refused) lets the student go (PROC-1, claimed at the application). */
    @Bean
    ExecutionListener transferEnded(TransferService service) {
        return execution -> service.release(execution.getProcessBusinessKey());
    }

    /** 出具转入证明: effective day (next term start), certificate, national in-half. */
    @Bean
    JavaDelegate transferInIssuePapersDelegate(TransferService service) {
        return execution -> {
            service.issueTransferIn(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
            execution.setVariable(Vars.PAPERS, service.papers(execution.getProcessBusinessKey()));
        };
    }

    /** 转入学籍 at the term start, then the out-half ends as transferred out. */
    @Bean
    JavaDelegate transferInMoveStudentDelegate(TransferService service, TransferProcess process) {
        return execution -> {
            service.move(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
            process.answer(execution.getProcessBusinessKey(), true);
        };
    }

    /** 通知转出学校不予转入: the out-half records the refusal. */
    @Bean
    JavaDelegate transferInAnswerRefusalDelegate(TransferProcess process) {
        return execution -> process.answer(execution.getProcessBusinessKey(), false);
    }
}
