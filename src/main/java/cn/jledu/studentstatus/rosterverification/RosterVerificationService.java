package cn.jledu.studentstatus.rosterverification;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.student.RosterRow;
import cn.jledu.studentstatus.student.StudentRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Application service of the roster verification: the roster to show, and the recorded result. */
@Service
class RosterVerificationService {

    private final OrganisationRepository organisation;
    private final StudentRepository students;
    private final AuditTrail audit;

    RosterVerificationService(OrganisationRepository organisation, StudentRepository students, AuditTrail audit) {
        this.organisation = organisation;
        this.students = students;
        this.audit = audit;
    }

    SchoolClass schoolClass(long classId) {
        return organisation.schoolClass(classId).orElseThrow(() -> new NotFound("班级不存在：" + classId));
    }

    /** The roster as rows for the form's table, ID numbers masked. */
    List<Map<String, Object>> roster(long classId) {
        SchoolClass c = schoolClass(classId);
        String majorName = organisation.major(c.majorCode()).map(m -> m.name()).orElse(c.majorCode());
        return students.activeInClass(classId).stream().map(s -> RosterRow.of(s, majorName)).toList();
    }

    void recordResult(long classId, boolean correct, String discrepancies, String correctionNote, String caseKey) {
        organisation.markClassVerified(classId, AppClock.nowOffset());
        String details = correct ? "名单无误" : "差错：" + discrepancies + "；更正：" + correctionNote;
        audit.record("ROSTER_VERIFIED", "school_class", String.valueOf(classId), details + "（" + caseKey + "）");
    }
}
