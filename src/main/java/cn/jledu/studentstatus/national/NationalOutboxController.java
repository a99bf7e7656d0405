package cn.jledu.studentstatus.national;

import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.NotFound;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registrar's view of what was submitted to the national system, its export file, and its review there. */
@RestController
class NationalOutboxController {

    record Review(String result) {
    }

    private final OutboxNationalRegistry outbox;
    private final StaffScope scope;

    NationalOutboxController(OutboxNationalRegistry outbox, StaffScope scope) {
        this.outbox = outbox;
        this.scope = scope;
    }

    @GetMapping("/api/national-outbox")
    java.util.List<OutboxNationalRegistry.Entry> entries(@RequestParam(required = false) String schoolCode,
                                               @RequestParam(required = false) String month) {
        return outbox.entries(scope.registrarSchool(schoolCode), month(month));
    }

    @GetMapping("/api/national-outbox/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String schoolCode,
                                  @RequestParam(required = false) String month) {
        String school = scope.registrarSchool(schoolCode);
        YearMonth m = month(month);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("全国系统报送-" + school + "-" + m + ".csv", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(outbox.exportCsv(school, m));
    }

    /** Records the national system's review of one submission (R-MON-2). */
    @PostMapping("/api/national-outbox/{id}/review")
    OutboxNationalRegistry.Entry review(@PathVariable long id, @RequestBody Review review) {
        OutboxNationalRegistry.Entry e = outbox.entry(id).orElseThrow(() -> new NotFound("报送记录不存在：" + id));
        scope.registrarSchool(e.schoolCode());
        if (review.result() == null || review.result().isBlank()) {
            throw new IllegalArgumentException("请填写全国系统的审核结果。");
        }
        outbox.markReviewed(id, review.result().strip());
        return outbox.entry(id).orElseThrow();
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(AppClock.today());
        }
        if (!month.matches("\\d{4}-\\d{2}")) {
            throw new cn.jledu.studentstatus.platform.InvalidInput("month", "参数“month”应为 YYYY-MM 格式的月份，如 2026-09。");
        }
        YearMonth m = YearMonth.parse(month);
        if (m.getYear() < 2000 || m.getYear() > 2100) {
            throw new cn.jledu.studentstatus.platform.InvalidInput("month", "参数“month”的年份应在 2000–2100 之间。");
        }
        return m;
    }
}
