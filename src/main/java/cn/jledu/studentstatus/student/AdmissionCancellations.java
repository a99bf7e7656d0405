package cn.jledu.studentstatus.student;

/**
 * Whether a person's admission at a school was cancelled for not reporting in time (R-REG-5). Answered by the
 * late-reporting procedure, asked by registration: the query interface that keeps the two procedures apart.
 */
public interface AdmissionCancellations {

    boolean admissionCancelled(String schoolCode, String idNumber);
}
