package cn.jledu.studentstatus.registration;

import static cn.jledu.studentstatus.registration.RegistrationContract.Vars;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.platform.FormRefusal;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Task listeners of the registration process: the roster for the review forms, and server-side form checks. */
@Configuration
class RegistrationTaskListeners {

    /** On create of a review task: the batch's students as a task-local JSON table (display only). */
    @Bean
    TaskListener registrationRosterSnapshot(RegistrationService service) {
        return task -> task.setVariableLocal(Vars.ROSTER, Variables.objectValue(
                        new ArrayList<>(service.roster(((Number) task.getVariable(Vars.BATCH_ID)).longValue())))
                .serializationDataFormat(SerializationDataFormats.JSON).create());
    }

    /** On complete of a review task: a decision is required, and a reason when returning; audited (R-MON-3). */
    @Bean
    TaskListener registrationReviewDecisionCheck(RegistrationService service, AuditTrail audit) {
        return task -> {
            Object decision = task.getVariable(Vars.DECISION);
            if (!RegistrationContract.APPROVE.equals(decision) && !RegistrationContract.RETURN.equals(decision)) {
                throw new FormRefusal("请选择审核意见：通过或退回修改。");
            }
            long batchId = ((Number) task.getVariable(Vars.BATCH_ID)).longValue();
            boolean bureau = RegistrationContract.TASK_COUNTY.equals(task.getTaskDefinitionKey())
                    || RegistrationContract.TASK_BUREAU.equals(task.getTaskDefinitionKey());
            if (bureau && RegistrationContract.APPROVE.equals(decision)) {
                try {
                    service.checkLateApproval(batchId, Boolean.TRUE.equals(task.getVariable(Vars.LATE_APPROVAL)),
                            (String) task.getVariable(Vars.LATE_APPROVAL_REASON), task.getName());
                } catch (cn.jledu.studentstatus.platform.RuleViolation e) {
                    throw FormRefusal.of(e);
                }
            }
            // R-REG-10: the school's supervising bureau (the county for county-run schools, else the bureau that
            // registers) approves the joint-programme students explicitly; recorded with partner school and approver
            String supervisingTask = Boolean.TRUE.equals(task.getVariable(Vars.COUNTY_REVIEW))
                    ? RegistrationContract.TASK_COUNTY : RegistrationContract.TASK_BUREAU;
            if (supervisingTask.equals(task.getTaskDefinitionKey()) && RegistrationContract.APPROVE.equals(decision)) {
                try {
                    service.approveJointProgrammes(batchId,
                            Boolean.TRUE.equals(task.getVariable(Vars.JOINT_PROGRAMME_APPROVED)), task.getName(),
                            actor(task));
                } catch (cn.jledu.studentstatus.platform.RuleViolation e) {
                    throw FormRefusal.of(e);
                }
            }
            String reason = (String) task.getVariable(Vars.RETURN_REASON);
            if (RegistrationContract.RETURN.equals(decision)) {
                if (reason == null || reason.isBlank()) {
                    throw new FormRefusal("退回修改时必须写明退回原因。");
                }
                task.setVariable(Vars.RETURNED_BY, task.getName());
                service.markReturned(batchId, task.getName() + "：" + reason.strip());
            } else {
                task.setVariable(Vars.RETURN_REASON, null);
            }
            audit.record("REGISTRATION_" + decision, "registration_batch", String.valueOf(batchId),
                    task.getName() + (reason == null || RegistrationContract.APPROVE.equals(decision) ? "" : "：" + reason));
            task.removeVariableLocal(Vars.ROSTER);
        };
    }

    /**
     * Who completes a task: the engine's authenticated user (Tasklist, engine REST), else the user of our API request,
     * else the task's assignee, else "system".
     */
    static String actor(DelegateTask task) {
        org.camunda.bpm.engine.impl.identity.Authentication auth = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return cn.jledu.studentstatus.platform.CurrentUser.get().map(cn.jledu.studentstatus.platform.CurrentUser::userId)
                .orElse(task.getAssignee() == null ? "system" : task.getAssignee());
    }

    /** On create of a supervision task: the review of the case is overdue (R-MON-2, R-MON-3), recorded. */
    @Bean
    TaskListener registrationReviewOverdueRecord(AuditTrail audit) {
        return task -> audit.record("REGISTRATION_REVIEW_OVERDUE", "registration_batch",
                String.valueOf(((Number) task.getVariable(Vars.BATCH_ID)).longValue()),
                "（R-MON-2）注册审核未在案件到达当月完成，由上级教育行政部门督办：" + task.getName());
    }

    /** On complete of a supervision task: what the supervising bureau did. */
    @Bean
    TaskListener registrationSupervisionCheck(AuditTrail audit) {
        return task -> {
            Object note = task.getVariable(Vars.SUPERVISION_NOTE);
            if (!(note instanceof String s) || s.isBlank()) {
                throw new FormRefusal("请填写督办情况。");
            }
            audit.record("REGISTRATION_REVIEW_SUPERVISED", "registration_batch",
                    String.valueOf(((Number) task.getVariable(Vars.BATCH_ID)).longValue()), s.strip());
        };
    }

    /** On complete of the correction task: resubmit or withdraw. */
    @Bean
    TaskListener registrationCorrectionActionCheck(RegistrationService service, AuditTrail audit) {
        return task -> checkCorrection(task, service, audit);
    }

    private static void checkCorrection(DelegateTask task, RegistrationService service, AuditTrail audit) {
        Object action = task.getVariable(Vars.CORRECTION_ACTION);
        if (!RegistrationContract.RESUBMIT.equals(action) && !RegistrationContract.WITHDRAW.equals(action)) {
            throw new FormRefusal("请选择：修改后重新提交，或撤回注册申请。");
        }
        if (RegistrationContract.RESUBMIT.equals(action)) {
            try {
                service.checkResubmission(((Number) task.getVariable(Vars.BATCH_ID)).longValue());
            } catch (cn.jledu.studentstatus.platform.RuleViolation e) {
                throw FormRefusal.of(e);
            }
        }
        audit.record("REGISTRATION_" + action, "registration_batch",
                String.valueOf(((Number) task.getVariable(Vars.BATCH_ID)).longValue()),
                String.valueOf(task.getVariable(Vars.CORRECTION_NOTE)));
    }
}
