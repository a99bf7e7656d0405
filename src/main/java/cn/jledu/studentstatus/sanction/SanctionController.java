package cn.jledu.studentstatus.sanction;

import cn.jledu.studentstatus.document.PrintableText;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.student.Student;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sanction cases: proposals, appeals lodged on the student's behalf, revocations (docs/sanctions.md). */
@RestController
class SanctionController {

    /** Free text in a letter: at most this many characters (issue 13 §4). */
    static final int MAX_TEXT = 2000;

    record ProposeRequest(long studentId, String facts, SanctionLevel level, ExpulsionGround expulsionGround) {
    }

    /** {@code madeOn}: the day the student submitted (or posted) the appeal; today if absent. */
    record AppealRequest(String reasons, LocalDate madeOn) {
    }

    /** {@code madeOn}: the day the student submitted or posted it; {@code receivedOn}: the day the bureau received it. */
    record BureauAppealRequest(LocalDate madeOn, LocalDate receivedOn, String reasons) {
    }

    /** 送达 of a letter of the case (the notification's id): the day received and how (HAND_OVER, RECEIPT_RETURNED, POST). */
    record DeliveryRequest(Long notificationId, LocalDate receivedOn, String method) {
    }

    record DeliveryCorrection(LocalDate receivedOn, String reason) {
    }

    record SchoolAppealSetting(Integer schoolAppealWorkingDays) {
    }

    record RevocationRequest(String reason) {
    }

    record Started(String caseKey, String processInstanceId) {
    }

    record CaseView(String caseKey, long studentId, String level, String levelLabel, String state, String stateLabel,
                    boolean underAppeal, String expulsionGround, LocalDate decidedOn, LocalDate finalOn,
                    List<SanctionRepository.Event> history) {
    }

    private final SanctionProcess process;
    private final SanctionService service;
    private final StaffScope access;
    private final PrintableText text;

    SanctionController(SanctionProcess process, SanctionService service, StaffScope access, PrintableText text) {
        this.process = process;
        this.service = service;
        this.access = access;
        this.text = text;
    }

    @PostMapping("/api/sanctions")
    @ResponseStatus(HttpStatus.CREATED)
    Started propose(@RequestBody ProposeRequest request) {
        Student s = service.student(request.studentId());
        access.requireRole(s.schoolCode(), "只有本校学籍管理员或学生管理部门负责人可以提出处分建议。", SchoolRole.REGISTRAR,
                SchoolRole.STUDENT_AFFAIRS);
        ProcessInstance instance = process.propose(request.studentId(),
                text.check("facts", "违纪事实", request.facts(), MAX_TEXT), request.level(),
                request.expulsionGround());
        return new Started(instance.getBusinessKey(), instance.getId());
    }

    @GetMapping("/api/sanctions/{caseKey}")
    CaseView get(@PathVariable String caseKey) {
        SanctionCase c = service.get(caseKey);
        access.requireRead(c.schoolCode(), "只能查看本校或所辖学校的处分案件。");
        return new CaseView(c.caseKey(), c.studentId(), c.level().name(), c.level().label(), c.state().name(),
                c.state().label(), c.underAppeal(), c.expulsionGround() == null ? null : c.expulsionGround().label(),
                c.decidedOn(), c.finalOn(), service.events(caseKey));
    }

    @PostMapping("/api/sanctions/{caseKey}/appeals")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void appeal(@PathVariable String caseKey, @RequestBody AppealRequest request) {
        SanctionCase c = service.get(caseKey);
        access.requireRole(c.schoolCode(), "学生的校内申诉由本校学籍管理员、学生管理部门或申诉处理委员会登记。", SchoolRole.REGISTRAR,
                SchoolRole.STUDENT_AFFAIRS, SchoolRole.APPEAL_COMMITTEE);
        process.lodgeSchoolAppeal(caseKey, request.madeOn() == null ? AppClock.today() : request.madeOn(),
                request.reasons() == null ? "" : text.check("reasons", "申诉理由", request.reasons(), MAX_TEXT));
    }

    @PostMapping("/api/sanctions/{caseKey}/bureau-appeals")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void bureauAppeal(@PathVariable String caseKey, @RequestBody BureauAppealRequest request) {
        SanctionCase c = service.get(caseKey);
        access.requireSupervisingBureau(c.schoolCode(), "书面申诉由学校的主管教育行政部门登记。");
        LocalDate receivedOn = request.receivedOn() == null ? AppClock.today() : request.receivedOn();
        process.lodgeBureauAppeal(caseKey, request.madeOn() == null ? receivedOn : request.madeOn(), receivedOn,
                request.reasons() == null ? "" : text.check("reasons", "申诉理由", request.reasons(), MAX_TEXT));
    }

    @PostMapping("/api/sanctions/{caseKey}/deliveries")
    @ResponseStatus(HttpStatus.CREATED)
    void delivery(@PathVariable String caseKey, @RequestBody DeliveryRequest request) {
        SanctionCase c = service.get(caseKey);
        access.requireRole(c.schoolCode(), "文书送达由本校学籍管理员登记。", SchoolRole.REGISTRAR);
        if (request.notificationId() == null) {
            throw new cn.jledu.studentstatus.platform.RuleViolation("R-SAN-4", "请指明送达的文书（notificationId）。",
                    HttpStatus.BAD_REQUEST);
        }
        process.recordDelivery(caseKey, request.notificationId(), request.receivedOn(), request.method());
    }

    @PutMapping("/api/sanctions/{caseKey}/deliveries/{notificationId}")
    void correctDelivery(@PathVariable String caseKey, @PathVariable long notificationId,
                         @RequestBody DeliveryCorrection request) {
        SanctionCase c = service.get(caseKey);
        access.requireRole(c.schoolCode(), "更正送达日期由本校学籍管理员办理。", SchoolRole.REGISTRAR);
        process.correctDelivery(caseKey, notificationId, request.receivedOn(), request.reason());
    }

    @GetMapping("/api/sanctions/settings/{schoolCode}")
    SchoolAppealSetting setting(@PathVariable String schoolCode) {
        access.requireRead(schoolCode, "只能查看本校或所辖学校的设置。");
        return new SchoolAppealSetting(service.schoolAppealWorkingDays(schoolCode));
    }

    @PutMapping("/api/sanctions/settings/{schoolCode}")
    SchoolAppealSetting changeSetting(@PathVariable String schoolCode, @RequestBody SchoolAppealSetting request) {
        access.requireRole(schoolCode, "校内申诉期限由本校校长设定。", SchoolRole.PRINCIPAL);
        service.setSchoolAppealWorkingDays(schoolCode, request.schoolAppealWorkingDays());
        return new SchoolAppealSetting(service.schoolAppealWorkingDays(schoolCode));
    }

    @PostMapping("/api/sanctions/{caseKey}/revocations")
    @ResponseStatus(HttpStatus.CREATED)
    Started revoke(@PathVariable String caseKey, @RequestBody RevocationRequest request) {
        SanctionCase c = service.get(caseKey);
        access.requireRole(c.schoolCode(), "撤销处分由本校学生管理部门负责人提出。", SchoolRole.STUDENT_AFFAIRS);
        ProcessInstance instance = process.proposeRevocation(caseKey,
                text.check("reason", "撤销理由", request.reason(), MAX_TEXT));
        return new Started(caseKey, instance.getId());
    }
}
