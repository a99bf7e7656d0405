package cn.jledu.studentstatus.monthlyreport;

import static cn.jledu.studentstatus.monthlyreport.MonthlyReportContract.Vars;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.platform.FormRefusal;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks and form checks of processes/monthly-report.bpmn. */
@Configuration
class MonthlyReportDelegates {

    static long reportId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.REPORT_ID)).longValue();
    }

    /** 为每所开办学校开启本月月报案件 (the timer start event's instance). */
    @Bean
    JavaDelegate monthlyReportOpenSchoolCasesDelegate(MonthlyReportProcess process) {
        return execution -> execution.setVariable("openedCases", process.openCurrentMonth().size());
    }

    /** 生成月报表（PDF、Excel）. */
    @Bean
    JavaDelegate monthlyReportGenerateDelegate(MonthlyReportService service) {
        return execution -> execution.setVariables(service.generate(reportId(execution),
                execution.getProcessInstanceId()));
    }

    /** 报送市级教育行政部门. */
    @Bean
    JavaDelegate monthlyReportSubmitDelegate(MonthlyReportService service) {
        return execution -> {
            service.recordSubmitted(reportId(execution));
            execution.setVariable(Vars.SUBMITTED, true);
        };
    }

    /** 记录退回: the report is with the school again. */
    @Bean
    JavaDelegate monthlyReportRecordReturnDelegate(MonthlyReportService service) {
        return execution -> {
            service.recordReturned(reportId(execution), (String) execution.getVariable(Vars.REVIEW_NOTE));
            execution.setVariable(Vars.RETURN_REASON, execution.getVariable(Vars.REVIEW_NOTE));
            execution.setVariable(Vars.SUBMITTED, false);
        };
    }

    /** 记录备案. */
    @Bean
    JavaDelegate monthlyReportRecordAcceptedDelegate(MonthlyReportService service) {
        return execution -> service.recordAccepted(reportId(execution));
    }

    /**
     * 提醒学校报送: recorded for the oversight page, and put on the school's open task, which comes up in the
     * Tasklist filter 即将超期 from now on (its follow-up date).
     */
    @Bean
    JavaDelegate monthlyReportRemindDelegate(MonthlyReportService service, MonthlyReportProcess process) {
        return execution -> process.bringForward(execution.getProcessInstanceId(),
                service.remind(reportId(execution), (String) execution.getVariable(Vars.MONTH_END)));
    }

    /** 记录逾期（R-MON-3）; the school's open task says so (it is in the filter 已超期 by its due date). */
    @Bean
    JavaDelegate monthlyReportRecordLateDelegate(MonthlyReportService service, MonthlyReportProcess process) {
        return execution -> process.bringForward(execution.getProcessInstanceId(),
                service.recordLate(reportId(execution)));
    }

    /** 记录报省督办. */
    @Bean
    JavaDelegate monthlyReportRecordProvinceEscalationDelegate(MonthlyReportService service) {
        return execution -> service.recordProvinceEscalation(reportId(execution));
    }

    /** The registrar confirms that the month's changes are all recorded. */
    @Bean
    TaskListener monthlyReportPreparationCheck(AuditTrail audit) {
        return task -> {
            if (!Boolean.TRUE.equals(task.getVariable(Vars.CHANGES_COMPLETE))) {
                throw new FormRefusal("R-MON-1", "请确认本月学籍变更和异动已全部在系统中办结后再生成月报表。");
            }
            task.setVariable(Vars.CHANGES_COMPLETE, false);
            audit.record("MONTHLY_REPORT_PREPARED", "monthly_report", String.valueOf(reportId(task)),
                    String.valueOf(task.getVariable(Vars.PREPARATION_NOTE)));
        };
    }

    /** The principal signs and seals, or sends the report back to the registrar with reasons. */
    @Bean
    TaskListener monthlyReportSigningCheck(MonthlyReportService service) {
        return task -> {
            Object decision = task.getVariable(Vars.SIGN_DECISION);
            if (MonthlyReportContract.SIGN.equals(decision)) {
                service.recordSigned(reportId(task), task.getExecution().getProcessBusinessKey());
            } else if (MonthlyReportContract.REDO.equals(decision)) {
                Object note = task.getVariable(Vars.SIGN_NOTE);
                if (note == null || note.toString().isBlank()) {
                    throw new FormRefusal("退回学籍管理员重新编制时请写明原因。");
                }
            } else {
                throw new FormRefusal("R-MON-1", "请选择：签字盖章后报送，或退回学籍管理员重新编制。");
            }
        };
    }

    /** The city bureau acknowledges (备案) or returns the report with reasons. */
    @Bean
    TaskListener monthlyReportReviewCheck() {
        return task -> {
            Object decision = task.getVariable(Vars.REVIEW_DECISION);
            if (MonthlyReportContract.RETURN.equals(decision)) {
                Object note = task.getVariable(Vars.REVIEW_NOTE);
                if (note == null || note.toString().isBlank()) {
                    throw new FormRefusal("退回月报表时请写明需要更正的内容。");
                }
            } else if (!MonthlyReportContract.ACCEPT.equals(decision)) {
                throw new FormRefusal("请选择：予以备案，或退回学校更正。");
            }
        };
    }

    /** The bureau records how it chased the missing report. */
    @Bean
    TaskListener monthlyReportUrgeCheck(AuditTrail audit) {
        return task -> {
            Object note = task.getVariable(Vars.URGE_NOTE);
            if (note == null || note.toString().isBlank()) {
                throw new FormRefusal("R-MON-3", "请记录督促情况（联系人、时间、学校答复）。");
            }
            audit.record("MONTHLY_REPORT_URGED", "monthly_report", String.valueOf(reportId(task)),
                    task.getName() + "：" + note);
        };
    }
}
