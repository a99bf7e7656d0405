package cn.jledu.studentstatus.assessment;

/** R-ASM-1: the moral evaluation of one semester of study (1 = first), with the head teacher's comment. */
public record MoralEvaluation(long studentId, int semester, Grade grade, String comment) {
}
