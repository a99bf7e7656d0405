package cn.jledu.studentstatus.majorchange;

import static cn.jledu.studentstatus.majorchange.MajorChangeContract.Vars;

import cn.jledu.studentstatus.organisation.Organisation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade of processes/major-change.bpmn (转专业): the only code that starts it. */
@Component
public class MajorChangeProcess {

    private final RuntimeService runtime;
    private final MajorChangeService service;
    private final Organisation organisation;

    MajorChangeProcess(RuntimeService runtime, MajorChangeService service, Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    /**
     * The registrar records the application. The process first asks the decision table (R-MJC-3); a case outside
     * the window ends there, and the application is refused with the table's rule id and text (nothing is kept).
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public ProcessInstance apply(MajorChangeService.Application application) {
        MajorChangeService.Checked checked = service.apply(application);
        MajorChangeService.MajorChangeCase c = checked.c();
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.STUDENT_ID, checked.student().id());
        vars.put(Vars.SCHOOL_CODE, c.schoolCode());
        vars.put(Vars.SCHOOL_NAME, organisation.school(c.schoolCode()).name());
        vars.put(Vars.STUDENT_NAME, checked.student().name());
        vars.put(Vars.CASE_TITLE, service.title(c, checked.student()));
        vars.put(Vars.CASE_SUMMARY, service.summary(c, checked.student()));
        vars.put(Vars.GRADUATING_YEAR, checked.graduatingYear());
        vars.put(Vars.CROSS_CATEGORY, c.crossCategory());
        vars.put(Vars.SEMESTER, c.semester());
        vars.put(Vars.PROVINCIAL_REVIEW, c.provincialReview());
        vars.put(Vars.FLEXIBLE_LEARNING, c.flexibleLearning());
        vars.put(Vars.ELIGIBILITY, String.join("\n", checked.passed()));
        ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(MajorChangeContract.PROCESS_KEY)
                .businessKey(c.caseKey()).setVariables(vars).executeWithVariablesInReturn();
        Map<String, Object> window = (Map<String, Object>) instance.getVariables().get(Vars.WINDOW);
        if (instance.isEnded()) {
            throw MajorChangeService.outsideWindow(window);
        }
        List<String> lines = new ArrayList<>(checked.passed());
        lines.add(window.get("ruleId") + " " + window.get("reason"));
        runtime.setVariable(instance.getId(), Vars.ELIGIBILITY, String.join("\n", lines));
        return instance;
    }
}
