package cn.jledu.studentstatus.academicproof;

import static cn.jledu.studentstatus.academicproof.AcademicProofContract.Vars;

import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.student.Student;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade of processes/academic-proof.bpmn (R-GRD-7): the only code that starts it. */
@Component
public class AcademicProofProcess {

    private final RuntimeService runtime;
    private final AcademicProofService service;
    private final Organisation organisation;

    AcademicProofProcess(RuntimeService runtime, AcademicProofService service, Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    /** The school records the graduate's application; the stamping bureau checks it against its filed sheet. */
    @Transactional
    public ProcessInstance apply(long studentId, String voidNotice, LocalDate voidNoticeDate, boolean idCardPresented,
                                 boolean stampingSheetPresented) {
        long id = service.apply(studentId, voidNotice, voidNoticeDate, idCardPresented, stampingSheetPresented);
        AcademicProofService.Proof p = service.proof(id);
        Student s = service.student(studentId);
        Map<String, Object> facts = service.summary(studentId);
        String schoolCode = (String) facts.get("schoolCode");
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.PROOF_ID, id);
        vars.put(Vars.STUDENT_ID, s.id());
        vars.put(Vars.STUDENT_NAME, s.name());
        vars.put(Vars.SCHOOL_CODE, schoolCode);
        vars.put(Vars.SCHOOL_NAME, organisation.school(schoolCode).name());
        vars.put(Vars.CASE_TITLE, "学历证明书：" + s.name() + "（原" + facts.get("kind") + " " + p.originalNumber() + "）");
        vars.put(Vars.CASE_SUMMARY, "原" + facts.get("kind") + "编号 " + p.originalNumber() + "，" + facts.get("issuedOn")
                + " 颁发；遗失声明：" + p.voidNotice() + "（" + p.voidNoticeDate() + "）。");
        vars.put(Vars.STAMPING_BUREAU, facts.get("stampingBureau"));
        vars.put(Vars.ORIGINAL_NUMBER, p.originalNumber());
        vars.put(Vars.SHEET_PDF_ID, facts.get("sheetPdfId"));
        vars.put(Vars.VOID_NOTICE, p.voidNotice() + "（" + p.voidNoticeDate() + "）");
        return runtime.startProcessInstanceByKey(AcademicProofContract.PROCESS_KEY, p.caseKey(), vars);
    }
}
