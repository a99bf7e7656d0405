package cn.jledu.studentstatus.national;

import cn.jledu.studentstatus.student.Student;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The record sent to the national student system for one student, as {@code 字段=值;字段=值} in the national
 * system's field names. Every procedure builds its payload here, so the outbox and its CSV export read one format.
 */
public final class NationalPayload {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private NationalPayload() {
    }

    /** 学籍号, 姓名, 证件号码: what identifies the student in every operation. */
    public static NationalPayload of(Student s) {
        return new NationalPayload().put("学籍号", s.studentNumber()).put("姓名", s.name())
                .put("证件号码", s.idNumber().value());
    }

    /** The full record of a new registration (R-REG-8): person, major, duration, entry month, learning form. */
    public static NationalPayload registration(Student s) {
        return new NationalPayload().put("学籍号", s.studentNumber()).put("姓名", s.name())
                .put("性别", s.gender().label()).put("出生日期", String.valueOf(s.birthDate()))
                .put("证件类型", s.idNumber().type().label()).put("证件号码", s.idNumber().value())
                .put("专业", s.majorCode()).put("学制", String.valueOf(s.durationYears()))
                .put("入学年月", s.entryYear() + (s.entrySeason().name().equals("SPRING") ? "-03" : "-09"))
                .put("学习形式", s.learningForm().label()).put("学籍类别", s.educationCategory().label());
    }

    public NationalPayload put(String field, String value) {
        fields.put(field, value == null ? "" : value);
        return this;
    }

    @Override
    public String toString() {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }
}
