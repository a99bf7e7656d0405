package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.student.Intake;

import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload of a new-student list (XLSX or CSV), its template, and the progress of a running import. */
@RestController
class BulkIntakeController {

    private final BulkIntake bulk;
    private final StaffScope access;

    BulkIntakeController(BulkIntake bulk, StaffScope access) {
        this.bulk = bulk;
        this.access = access;
    }

    @GetMapping("/api/registrations/uploads/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("新生注册名单模板.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(IntakeSheet.template());
    }

    /**
     * Uploads a file. {@code mode=validate} only checks it; {@code mode=sync} imports and answers when done;
     * the default {@code async} answers 202 at once with a job id whose progress can be polled.
     */
    @PostMapping(path = "/api/registrations/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<BulkIntake.Report> upload(@RequestParam("file") MultipartFile file,
                                             @RequestParam(required = false) String schoolCode,
                                             @RequestParam(required = false) Integer intakeYear,
                                             @RequestParam(required = false) Season intakeSeason,
                                             @RequestParam(defaultValue = "async") String mode) throws IOException {
        if (!java.util.Set.of("async", "sync", "validate").contains(mode)) {
            throw new cn.jledu.studentstatus.platform.InvalidInput("mode", "参数“mode”只能是 async、sync 或 validate。");
        }
        if (file.isEmpty()) {
            throw new IllegalArgumentException("上传的文件是空的。");
        }
        String school = access.registrarSchool(schoolCode);
        Intake intake = RegistrationController.intakeOf(intakeYear, intakeSeason);
        byte[] content = file.getBytes();
        return switch (mode) {
            case "validate" -> ResponseEntity.ok(bulk.validate(school, intake, file.getOriginalFilename(), content));
            case "sync" -> {
                BulkIntake.Report r = bulk.importNow(school, intake, file.getOriginalFilename(), content);
                yield ResponseEntity.status(r.registered() > 0 && !r.alreadyUploaded() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(r);
            }
            default -> ResponseEntity.accepted().body(bulk.start(school, intake, file.getOriginalFilename(), content));
        };
    }

    @GetMapping("/api/registrations/uploads/{jobId}")
    BulkIntake.Report progress(@PathVariable String jobId) {
        return bulk.progress(jobId);
    }
}
