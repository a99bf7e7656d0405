package cn.jledu.studentstatus.schoolclosure;

import static cn.jledu.studentstatus.schoolclosure.SchoolClosureContract.Vars;

import cn.jledu.studentstatus.platform.FormRefusal;
import cn.jledu.studentstatus.platform.RuleViolation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks and form checks of processes/school-closure.bpmn. */
@Configuration
class SchoolClosureDelegates {

    static long closureId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.CLOSURE_ID)).longValue();
    }

    /** No student may remain when the school or the bureau confirms (R-MON-5): the task stays open. */
    static void requireNoneRemain(SchoolClosureService service, DelegateTask task) {
        try {
            service.requireNoneRemain((String) task.getVariable(Vars.SCHOOL_CODE));
        } catch (RuleViolation remaining) {
            throw new FormRefusal("R-MON-5", remaining.getMessage());
        }
    }

    /** The school confirms that every student is processed and the archives are filed or handed over. */
    @Bean
    TaskListener schoolClosureSchoolConfirmationCheck(SchoolClosureService service) {
        return task -> {
            if (!Boolean.TRUE.equals(task.getVariable(Vars.SCHOOL_CONFIRMED))) {
                throw new FormRefusal("R-MON-5", "请确认学生已全部办结、学籍档案已归档或移交后勾选确认。");
            }
            requireNoneRemain(service, task);
            service.recordSchoolConfirmed(closureId(task), (String) task.getVariable(Vars.SCHOOL_NOTE));
            task.setVariable(Vars.SCHOOL_CONFIRMED, false);
        };
    }

    /** The bureau confirms the closure, or returns it to the school with reasons. */
    @Bean
    TaskListener schoolClosureBureauConfirmationCheck(SchoolClosureService service) {
        return task -> {
            Object decision = task.getVariable(Vars.BUREAU_DECISION);
            if (SchoolClosureContract.CONFIRM.equals(decision)) {
                requireNoneRemain(service, task);
                service.recordBureauConfirmed(closureId(task));
            } else if (SchoolClosureContract.RETURN.equals(decision)) {
                Object note = task.getVariable(Vars.BUREAU_NOTE);
                if (note == null || note.toString().isBlank()) {
                    throw new FormRefusal("退回学校时请写明原因。");
                }
                task.setVariable(Vars.RETURN_REASON, note.toString());
            } else {
                throw new FormRefusal("请选择：确认撤销，或退回学校。");
            }
        };
    }

    /** 记录学校撤销. */
    @Bean
    JavaDelegate schoolClosureRecordDelegate(SchoolClosureService service) {
        return execution -> service.recordClosed(closureId(execution));
    }
}
