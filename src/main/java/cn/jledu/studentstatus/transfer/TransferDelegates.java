package cn.jledu.studentstatus.transfer;

import static cn.jledu.studentstatus.transfer.TransferContract.Vars;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks, the term-start timer and the form checks of processes/transfer.bpmn (both halves). */
@Configuration
class TransferDelegates {

    /**
     * Every decision (exception, both schools, both bureaus): its form's choice and reason, recorded; in a batch
     * (R-TRF-5) an approval may refuse single students with their reasons.
     */
    @Bean
    TaskListener transferDecisionCheck(TransferService service) {
        return task -> {
            TransferContract.Step step = TransferContract.Step.ofTask(task.getTaskDefinitionKey());
            String key = task.getExecution().getProcessBusinessKey();
            service.decide(key, step, task.getVariable(step.decisionVariable()), task.getVariable(step.reasonVariable()),
                    task.getVariable(Vars.BATCH_REFUSALS));
            task.getExecution().removeVariable(Vars.BATCH_REFUSALS); // each review decides its own refusals
            if (service.isBatch(key)) { // the forms of the next steps show the list as it now stands
                task.getExecution().setVariable(Vars.CASE_SUMMARY, service.batchSummary(service.activeCasesOf(key)));
                task.getExecution().setVariable(Vars.ELIGIBILITY, service.batchEligibility(service.activeCasesOf(key)));
            }
        };
    }

    /** R-TRF-5: when a review task of a batch is created, its form's table gets the students still in the batch. */
    @Bean
    TaskListener transferBatchListSnapshot(TransferService service) {
        return task -> {
            String key = task.getExecution().getProcessBusinessKey();
            if (service.isBatch(key)) {
                task.setVariableLocal(Vars.BATCH_STUDENTS, Variables.objectValue(service.batchRows(key))
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
            }
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
            if (!service.fromGeneralHighSchool(execution.getProcessBusinessKey())) {
                process.answer(execution.getProcessBusinessKey(), true);
            }
        };
    }

    /**
     * 通知转出学校不予转入: the out-half records the refusal; a general senior-high student's transfer-in (R-TRF-3)
     * has no out-half, so the refusal is recorded here.
     */
    @Bean
    JavaDelegate transferInAnswerRefusalDelegate(TransferProcess process, TransferService service) {
        return execution -> {
            if (service.fromGeneralHighSchool(execution.getProcessBusinessKey())) {
                service.recordRefusal(execution.getProcessBusinessKey());
            } else {
                process.answer(execution.getProcessBusinessKey(), false);
            }
        };
    }
}
