package cn.jledu.studentstatus.rosterverification;

import org.camunda.bpm.engine.ProcessEngineException;

/** A form submitted in Tasklist is incomplete: the completion is rolled back and Tasklist shows this message. */
class FormRefusal extends ProcessEngineException {

    FormRefusal(String message) {
        super(message);
    }
}
