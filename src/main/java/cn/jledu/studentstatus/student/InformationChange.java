package cn.jledu.studentstatus.student;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an information change (信息变更, R-INF-1) decided, not yet stored: the record before and after (same status,
 * same placement, other personal data), the day it takes effect and the changed fields with their old and new
 * values. {@link StudentRecords#changeInformation} stores it with one status-change row (kind
 * {@link StatusChangeKind#INFORMATION_CHANGE}) and one history row per field.
 */
public record InformationChange(Student before, Student after, LocalDate effectiveDate, List<Field> fields) {

    /** One changed field: its key ({@code name}, {@code idNumber} …), Chinese label, value before and after. */
    public record Field(String field, String label, String before, String after) {

        public String describe() {
            return label + "：" + (before == null || before.isBlank() ? "（空）" : before) + " → "
                    + (after == null || after.isBlank() ? "（空）" : after);
        }
    }

    public InformationChange {
        fields = List.copyOf(fields);
    }

    /** True when the change touches the ID number, i.e. the key of the person (R-REG-4). */
    public boolean changesIdNumber() {
        return !before.idNumber().equals(after.idNumber());
    }

    /** "姓名：张三 → 张珊；户口性质：农业 → 非农业". */
    public String describe() {
        return fields.stream().map(Field::describe).collect(Collectors.joining("；"));
    }

    public String beforeText() {
        return fields.stream().map(f -> f.label() + "：" + blank(f.before())).collect(Collectors.joining("；"));
    }

    public String afterText() {
        return fields.stream().map(f -> f.label() + "：" + blank(f.after())).collect(Collectors.joining("；"));
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? "（空）" : v;
    }
}
