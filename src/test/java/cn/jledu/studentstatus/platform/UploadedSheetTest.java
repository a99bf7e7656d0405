package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one reader of uploaded tables (intake, assessment and attendance sheets): rows by Chinese header with their
 * row numbers, GB18030 CSV, and a Chinese message without framework internals for any file it cannot read
 * (issue 13 §4).
 */
class UploadedSheetTest {

    static final List<String> COLUMNS = List.of("学籍号*", "姓名", "旷课课时*");

    @Test
    void csvRowsByHeaderWithRowNumbersSkippingEmptyRowsInUtf8AndGb18030() {
        String csv = "学籍号*,姓名,旷课课时*\n22012200012026000001,张三,12\n,,\n22012200012026000002,李四,0\n";
        for (byte[] bytes : List.of(csv.getBytes(StandardCharsets.UTF_8), csv.getBytes(Charset.forName("GB18030")))) {
            List<Map<String, String>> rows = UploadedSheet.read("考勤.CSV", bytes, COLUMNS, false);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).containsEntry("学籍号", "22012200012026000001").containsEntry("姓名", "张三")
                    .containsEntry(UploadedSheet.ROW, "2");
            assertThat(rows.get(1)).containsEntry("姓名", "李四").containsEntry(UploadedSheet.ROW, "4");
        }
    }

    @Test
    void filesItCannotReadAreRefusedInChineseWithoutInternals() {
        assertThatThrownBy(() -> UploadedSheet.read("a.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), COLUMNS,
                false)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("无法读取 Excel 文件：")
                .hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> UploadedSheet.read("a.csv",
                "学籍号,旷课课时\n\"2201,3\n".getBytes(StandardCharsets.UTF_8), COLUMNS, true))
                .hasMessage("无法读取 CSV 文件：格式不正确（例如引号未闭合），请使用下载的模板另存为 CSV。");
        assertThatThrownBy(() -> UploadedSheet.read("a.txt", new byte[] {1}, COLUMNS, false))
                .hasMessage("只支持 .xlsx 或 .csv 文件。");
        assertThatThrownBy(() -> UploadedSheet.read("a.csv", "姓名\n张三\n".getBytes(StandardCharsets.UTF_8),
                COLUMNS, false)).hasMessageContaining("缺少必填列“学籍号”");
    }
}
