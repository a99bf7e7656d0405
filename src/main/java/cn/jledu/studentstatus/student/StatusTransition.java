package cn.jledu.studentstatus.student;

import java.time.LocalDate;

/**
 * What a transition of {@link Student} decided, not yet stored: the record before and after, the kind of status
 * change, its effective date, the new placement where the transition moves the student (major change, repeat,
 * resumption, transfer-in; otherwise null) and a remark (e.g. an {@link Exemption}). {@link StudentRecords#apply}
 * stores it and writes its one status-change row. A transfer-in yields a new record ({@code after().id()} is
 * null) at the receiving school; {@code before()} is then the transferred-out record it comes from.
 */
public record StatusTransition(Student before, Student after, StatusChangeKind kind, LocalDate effectiveDate,
                               Placement placement, String remark) {

    public StudentStatus fromStatus() {
        return before.status();
    }

    public StudentStatus toStatus() {
        return after.status();
    }

    /**
     * True when the transition creates the receiving school's record instead of changing this one; a general
     * senior-high student's transfer-in ({@link Student#admitTransferIn}) changes the record registered for it.
     */
    public boolean createsRecord() {
        return kind == StatusChangeKind.TRANSFER_IN && after.id() == null;
    }
}
