package cn.jledu.studentstatus.document;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Links a stored document to a case in Tasklist and Cockpit (an engine attachment whose URL is our download
 * endpoint), so every procedure attaches its documents the same way.
 */
@Component
public class CaseAttachments {

    private final TaskService tasks;

    CaseAttachments(TaskService tasks) {
        this.tasks = tasks;
    }

    /** Attaches document {@code documentId} to the process instance; {@code description} is what staff read. */
    public void attach(String processInstanceId, long documentId, String contentType, String fileName,
                       String description) {
        tasks.createAttachment(contentType, null, processInstanceId, fileName, description,
                "/api/documents/" + documentId);
    }
}
