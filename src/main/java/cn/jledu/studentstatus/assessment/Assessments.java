package cn.jledu.studentstatus.assessment;

import java.util.List;

/** Everything assessed of one student: moral evaluations, course results, internship appraisals. */
public record Assessments(List<MoralEvaluation> moral, List<CourseResult> courses,
                          List<InternshipAppraisal> internships) {

    public static final Assessments NONE = new Assessments(List.of(), List.of(), List.of());

    public Assessments {
        moral = List.copyOf(moral);
        courses = List.copyOf(courses);
        internships = List.copyOf(internships);
    }
}
