package cn.jledu.studentstatus.document;

import static cn.jledu.studentstatus.support.ProcessDriver.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jledu.studentstatus.document.RegistrationFilingList.Row;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Renders the filing list without Spring and checks the text extracted from the PDF, CSV and XLSX. */
class RegistrationFilingListDocumentTest {

    static final DocumentRenderer RENDERER = new DocumentRenderer(DocumentSettings.defaults());
    static final RegistrationFilingListDocument DOCUMENT = new RegistrationFilingListDocument(RENDERER);
    static final LocalDate BIRTH = LocalDate.of(2010, 3, 7);

    @Test
    void twoThousandShuffledRowsPrintSortedWithCountsAndFullIdNumbers() throws IOException {
        List<Row> rows = new ArrayList<>(FilingLists.rows(1998, 42));
        Row extA = FilingLists.row("710201", "计算机应用", "2026级计算机应用1班", "XJ2026999998", "王䶮", "男", BIRTH,
                FilingLists.idNumber("220122", BIRTH, 998));
        Row withX = FilingLists.row("610101", "现代农业技术", "2026级现代农业技术10班", "XJ2026999997", "李娜", "女",
                LocalDate.of(2010, 1, 1), "22012220100101001X");
        rows.add(extA);
        rows.add(withX);
        RegistrationFilingList list = FilingLists.county(rows);

        String text = pdfText(DOCUMENT.pdf(list));

        assertThat(text).contains("《中等职业学校新生入学注册备案名单》", "学校名称：农安县职业教育中心", "学校代码：2201220001",
                "入学年度：2026年秋季", "主管教育行政部门：农安县教育局", "注册学生合计 2000 人，5 个专业，50 个班级");
        for (String[] major : FilingLists.MAJORS) {
            long count = rows.stream().filter(r -> r.majorCode().equals(major[0])).count();
            assertThat(text).contains(major[0] + " " + major[1] + "：" + count + " 人（");
        }
        assertThat(text).contains("2026级计算机应用1班 41 人", "2026级现代农业技术10班 41 人");
        assertThat(text).containsPattern("第 1 页 共 (\\d+) 页");
        String total = text.replaceAll("(?s).*?第 1 页 共 (\\d+) 页.*", "$1");
        assertThat(Integer.parseInt(total)).isGreaterThan(40);
        assertThat(text).contains("第 " + total + " 页 共 " + total + " 页");

        List<Row> sorted = rows.stream().sorted(RegistrationFilingListDocument.ORDER).toList();
        assertThat(sorted.get(0).majorCode()).isEqualTo("610101");
        assertThat(sorted.stream().filter(r -> r.majorCode().equals("610101")).map(Row::className).distinct())
                .startsWith("2026级现代农业技术1班", "2026级现代农业技术2班").endsWith("2026级现代农业技术10班");
        int at = -1;
        for (Row r : sorted) {
            int next = text.indexOf(r.studentNumber(), at + 1);
            assertThat(next).as("%s (%s %s) after position %d", r.studentNumber(), r.className(), r.name(), at)
                    .isGreaterThan(at);
            assertThat(text.substring(next, Math.min(text.length(), next + 80))).contains(r.idNumber());
            at = next;
        }
        assertThat(text).contains("XJ2026999997 李娜 女 2010-01-01 22012220100101001X");
        assertThat(text).contains(" 王䶮 ");
    }

    @Test
    void extensionBNameIsPrintedWithTheFallbackFont() throws IOException {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(RENDERER.fallbackFont().isPresent() || ci,
                "no fallback font (apt-get install fonts-hanazono, see docs/documents.md)");
        assertThat(RENDERER.fallbackFont()).as("CI installs fonts-hanazono (.ci/run)").isPresent();
        List<Row> rows = new ArrayList<>(FilingLists.rows(60, 7));
        rows.add(FilingLists.row("710201", "计算机应用", "2026级计算机应用1班", "XJ2026999999", "𠮷祥云", "男", BIRTH,
                FilingLists.idNumber("220122", BIRTH, 999)));
        rows.add(FilingLists.row("710201", "计算机应用", "2026级计算机应用1班", "XJ2026999998", "王䶮", "男", BIRTH,
                FilingLists.idNumber("220122", BIRTH, 998)));

        String text = pdfText(DOCUMENT.pdf(FilingLists.city(rows)));

        // FOP-1969: only the first Extension B character of a document extracts reliably; this list has one
        assertThat(text).contains("XJ2026999999 𠮷祥云 男", "XJ2026999998 王䶮 男");
    }

    @Test
    void withoutFallbackFontAnExtensionBNameFailsClearlyAndOtherNamesStillPrint() throws IOException {
        DocumentRenderer noFallback = new DocumentRenderer(new DocumentSettings("/nonexistent/fallback.ttf"));
        RegistrationFilingListDocument document = new RegistrationFilingListDocument(noFallback);
        assertThat(noFallback.fallbackFont()).isEmpty();
        List<Row> rows = new ArrayList<>(FilingLists.rows(10, 3));
        assertThat(pdfText(document.pdf(FilingLists.city(rows)))).contains("注册学生合计 10 人");

        rows.add(FilingLists.row("710201", "计算机应用", "2026级计算机应用1班", "XJ2026999999", "𠮷祥云", "男", BIRTH,
                FilingLists.idNumber("220122", BIRTH, 999)));
        assertThatThrownBy(() -> document.pdf(FilingLists.city(rows)))
                .isInstanceOf(DocumentRenderingException.class)
                .hasMessage("文书生成失败：字体中没有字符“𠮷”（U+20BB7），请联系管理员配置能显示该字的字体。");
    }

    @Test
    void aCharacterNoFontHasFailsWithTheCharacterAndItsCodePoint() {
        List<Row> rows = new ArrayList<>(FilingLists.rows(5, 1));
        rows.add(FilingLists.row("710201", "计算机应用", "2026级计算机应用1班", "XJ2026999999", "张😀", "男", BIRTH,
                FilingLists.idNumber("220122", BIRTH, 999)));

        assertThatThrownBy(() -> DOCUMENT.pdf(FilingLists.city(rows)))
                .isInstanceOf(DocumentRenderingException.class)
                .hasMessage("文书生成失败：字体中没有字符“😀”（U+1F600），请联系管理员配置能显示该字的字体。");
    }

    @Test
    void countySchoolGetsCountyReviewBlockAndThreeCopies() throws IOException {
        String text = pdfText(DOCUMENT.pdf(FilingLists.county(FilingLists.rows(30, 5))));

        assertThat(text).contains("校长（签字）：", "学校（盖章）", "县级教育行政部门审核意见：", "农安县教育局（盖章）",
                "本名单一式三份", "报长春市教育局备案");
        assertThat(text).doesNotContain("一式二份");
    }

    @Test
    void citySchoolHasNoCountyReviewBlockAndTwoCopies() throws IOException {
        String text = pdfText(DOCUMENT.pdf(FilingLists.city(FilingLists.rows(10, 5))));

        assertThat(text).contains("校长（签字）：", "学校（盖章）", "本名单一式二份", "报长春市教育局备案", "第 1 页 共 1 页");
        assertThat(text).doesNotContain("县级教育行政部门审核意见", "一式三份");
    }

    /** R-REG-6 / R-MON-2: students under review are only a counted note on every format, never rows. */
    @Test
    void studentsUnderReviewAreANoteOnEveryFormatR_REG_6() throws IOException {
        RegistrationFilingList plain = FilingLists.city(FilingLists.rows(10, 5));
        RegistrationFilingList list = new RegistrationFilingList(plain.schoolCode(), plain.schoolName(),
                plain.supervisingBureauName(), false, null, plain.cityBureauName(), 2026, "秋季", plain.generatedOn(),
                plain.rows(), 7);
        String note = "另有 7 名新生注册审核中，未列入本备案表。";
        assertThat(pdfText(DOCUMENT.pdf(list))).contains("注册学生合计 10 人", note);
        assertThat(new String(DOCUMENT.csv(list), StandardCharsets.UTF_8)).contains(note);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DOCUMENT.xlsx(list)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo(note);
        }
        assertThat(pdfText(DOCUMENT.pdf(plain))).doesNotContain("注册审核中");
    }

    @Test
    void emptyListStillPrintsHeaderAndSignatures() throws IOException {
        String text = pdfText(DOCUMENT.pdf(FilingLists.city(List.of())));

        assertThat(text).contains("注册学生合计 0 人", "（无注册学生）", "本名单一式二份");
    }

    @Test
    void csvHasBomChineseHeadersAndSortedRows() throws IOException {
        List<Row> rows = new ArrayList<>(FilingLists.rows(300, 11));
        rows.add(FilingLists.row("710201", "计算机应用", "2026级计算机应用1班", "XJ2026999999", "𠮷祥云", "男", BIRTH,
                "22012220100307999X"));
        byte[] csv = DOCUMENT.csv(FilingLists.county(rows));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).getRecords();
            assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(RegistrationFilingListDocument.HEADERS);
            assertThat(records).hasSize(301);
            List<String> expected = rows.stream().sorted(RegistrationFilingListDocument.ORDER).map(Row::studentNumber)
                    .toList();
            assertThat(records).extracting(r -> r.get("学籍号")).containsExactlyElementsOf(expected);
            assertThat(records).extracting(r -> r.get("序号")).startsWith("1", "2", "3");
            CSVRecord rare = records.stream().filter(r -> r.get("学籍号").equals("XJ2026999999")).findFirst().orElseThrow();
            assertThat(rare.get("姓名")).isEqualTo("𠮷祥云");
            assertThat(rare.get("身份证件号码")).isEqualTo("22012220100307999X");
            assertThat(rare.get("出生日期")).isEqualTo("2010-03-07");
        }
    }

    @Test
    void xlsxHasBoldFrozenHeaderAndSortedRows() throws IOException {
        List<Row> rows = new ArrayList<>(FilingLists.rows(300, 13));
        rows.add(FilingLists.row("710201", "计算机应用", "2026级计算机应用1班", "XJ2026999999", "𠮷祥云", "男", BIRTH,
                "220122201003079990"));
        byte[] xlsx = DOCUMENT.xlsx(FilingLists.county(rows));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isOne();
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).isEqualTo(RegistrationFilingListDocument.HEADERS);
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(301);
            List<String> numbers = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                numbers.add(sheet.getRow(i).getCell(4).getStringCellValue());
            }
            assertThat(numbers).containsExactlyElementsOf(rows.stream().sorted(RegistrationFilingListDocument.ORDER)
                    .map(Row::studentNumber).collect(Collectors.toList()));
            org.apache.poi.ss.usermodel.Row rare = sheet.getRow(numbers.indexOf("XJ2026999999") + 1);
            assertThat(rare.getCell(5).getStringCellValue()).isEqualTo("𠮷祥云");
            assertThat(rare.getCell(8).getStringCellValue()).isEqualTo("220122201003079990");
            assertThat(rare.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(BIRTH);
            assertThat(rare.getCell(0).getNumericCellValue()).isEqualTo(numbers.indexOf("XJ2026999999") + 1);
        }
    }

    @Test
    void classesSortWithNumbersByValue() {
        assertThat(RegistrationFilingListDocument.compareNatural("计算机2班", "计算机10班")).isNegative();
        assertThat(RegistrationFilingListDocument.compareNatural("计算机10班", "计算机9班")).isPositive();
        assertThat(RegistrationFilingListDocument.compareNatural("A班", "B班")).isNegative();
        assertThat(RegistrationFilingListDocument.compareNatural("1班", "01班")).isNotZero();
    }
}
