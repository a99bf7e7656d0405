package cn.jledu.studentstatus.registration;

import java.util.ArrayList;
import java.util.List;

/** Upload files for tests outside this package. */
public final class BulkIntakeTestFiles {

    private BulkIntakeTestFiles() {
    }

    /** {@code valid} good rows of the major plus one row with a wrong check digit. */
    public static byte[] listWithOneBadRow(String major, int valid) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < valid; i++) {
            rows.add(BulkIntakeTest.row("页面" + i, BulkIntakeTest.fresh(), major, "3"));
        }
        rows.add(BulkIntakeTest.row("错号", "110105194912310021", major, "3"));
        return BulkIntakeTest.xlsx(rows);
    }
}
