package cn.jledu.studentstatus.assessment;

/** 顶岗实习, 工学交替, or waived for a flexible learner with relevant work experience (R-INT-1). */
public enum InternshipKind {
    INTERNSHIP("顶岗实习"), WORK_STUDY("工学交替"), WAIVED("免修（相关工作经历）");

    private final String label;

    InternshipKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
