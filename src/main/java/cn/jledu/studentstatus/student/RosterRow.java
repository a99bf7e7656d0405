package cn.jledu.studentstatus.student;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One student as a row of a roster table in a Tasklist form (roster verification, registration review): the same
 * columns everywhere, the ID number masked. Forms bind the keys ({@code studentNumber}, {@code name} …).
 */
public final class RosterRow {

    private RosterRow() {
    }

    /** 学籍号, 姓名, 性别, 出生日期, 证件号码（隐去中间位）, 专业. */
    public static Map<String, Object> of(Student s, String majorName) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("studentNumber", s.studentNumber());
        row.put("name", s.name());
        row.put("gender", s.gender().label());
        row.put("birthDate", s.birthDate().toString());
        row.put("idNumberMasked", s.idNumber().masked());
        row.put("major", majorName);
        return row;
    }
}
