package cn.jledu.studentstatus.rosterverification;

import static cn.jledu.studentstatus.rosterverification.RosterVerificationContract.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;

/**
 * When the head teacher's task is created, puts the current roster on the task (task-local, JSON) so the form
 * shows it. It is a display snapshot; the student data itself stays in the database.
 */
@Component("rosterVerificationSnapshotListener")
class RosterSnapshotListener implements TaskListener {

    private final RosterVerificationService service;

    RosterSnapshotListener(RosterVerificationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        long classId = ((Number) task.getVariable(Vars.CLASS_ID)).longValue();
        task.setVariableLocal(Vars.ROSTER, Variables.objectValue(new java.util.ArrayList<>(service.roster(classId)))
                .serializationDataFormat(SerializationDataFormats.JSON).create());
    }
}
