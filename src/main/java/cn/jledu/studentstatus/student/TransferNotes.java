package cn.jledu.studentstatus.student;

import java.util.List;

/**
 * The transfers (转学, R-TRF-4) to note in the remarks column of a school's registration filing list
 * (《新生入学注册备案名单》) of one intake: students of that intake who transferred out of or into the school.
 * Answered by the transfer procedure, read by the filing list: the query interface that keeps the two apart.
 */
public interface TransferNotes {

    /**
     * One transferred student of the intake as the school's list shows it: the record at this school (the
     * transferred-out one at the out-school, the new one at the in-school) and the remark, e.g.
     * 2026年9月1日转出至长春市第一职业中等专业学校（案件 TRF-3）.
     */
    record Note(Student student, String remark) {
    }

    List<Note> forIntake(String schoolCode, Intake intake);
}
