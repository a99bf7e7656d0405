package cn.jledu.studentstatus.assessment;

import java.time.LocalDate;

/** R-INT-1: the joint appraisal of an internship or work-study period by the employer and the school. */
public record InternshipAppraisal(long studentId, InternshipKind kind, String employer, String post, LocalDate startsOn,
                                  LocalDate endsOn, Grade result, String appraisal) {
}
