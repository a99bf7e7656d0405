package cn.jledu.studentstatus.document;

import cn.jledu.studentstatus.document.RegistrationFilingList.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Filing lists for tests and the benchmark: valid defaults, shuffled rows. */
final class FilingLists {

    static final String[][] MAJORS = {
        {"710201", "计算机应用"}, {"700206", "汽车运用与维修"}, {"610101", "现代农业技术"},
        {"730701", "电子商务"}, {"740201", "中餐烹饪"}};

    private FilingLists() {
    }

    /** 农安县职业教育中心 (county school under 长春市). */
    static RegistrationFilingList county(List<Row> rows) {
        return new RegistrationFilingList("2201220001", "农安县职业教育中心", "农安县教育局", true, "农安县教育局",
                "长春市教育局", 2026, "秋季", LocalDate.of(2026, 9, 30), rows);
    }

    /** 长春市第一职业中等专业学校 (city school). */
    static RegistrationFilingList city(List<Row> rows) {
        return new RegistrationFilingList("2201000001", "长春市第一职业中等专业学校", "长春市教育局", false, null,
                "长春市教育局", 2026, "秋季", LocalDate.of(2026, 9, 30), rows);
    }

    /** {@code count} students in 5 majors of up to 12 classes (40 a class), in random order. */
    static List<Row> rows(int count, long seed) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int classNo = i / 40;
            String[] major = MAJORS[classNo % MAJORS.length];
            String className = "2026级" + major[1] + (classNo / MAJORS.length + 1) + "班";
            LocalDate birth = LocalDate.of(2009, 1, 1).plusDays(random.nextInt(900));
            rows.add(row(major[0], major[1], className, String.format("XJ2026%06d", (i * 7919L) % 1_000_000),
                    NAMES[i % NAMES.length] + (char) ('一' + (i % 500)), i % 2 == 0 ? "男" : "女", birth,
                    idNumber("220122", birth, i)));
        }
        Collections.shuffle(rows, random);
        return rows;
    }

    static Row row(String majorCode, String majorName, String className, String studentNumber, String name,
            String gender, LocalDate birth, String idNumber) {
        return new Row(majorCode, majorName, className, studentNumber, name, gender, birth, idNumber, "初中毕业",
                "全日制", "普通中专", null);
    }

    private static final String[] NAMES = {"张", "王", "李", "刘", "陈", "杨", "赵", "黄", "周", "吴"};

    /** A checksum-valid 18-digit ID number (the check digit may be X). */
    static String idNumber(String area, LocalDate birth, int serial) {
        String body = area + birth.toString().replace("-", "") + String.format("%03d", serial % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
