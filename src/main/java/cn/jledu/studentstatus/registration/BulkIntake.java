package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.student.Intake;

import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.RuleViolation;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Bulk intake: a registrar's XLSX/CSV of new students. Every row is validated first; valid rows are registered
 * together as one batch (one review case); bad rows come back with row number, column and reason. The import
 * of a large file runs in the background and reports its progress.
 */
@Service
public class BulkIntake implements DisposableBean {

    /** What happened to an upload. */
    public record Report(String jobId, String phase, int dataRows, int done, Long batchId, String caseKey,
                         int registered, boolean alreadyUploaded, List<Problem> problems, List<String> skipped,
                         String error) {

        public boolean finished() {
            return "DONE".equals(phase) || "FAILED".equals(phase);
        }
    }

    private final RegistrationProcess registrations;
    private final Map<String, Report> jobs = new ConcurrentHashMap<>();
    /** Who started each job, and when (jobs are kept for {@link #KEEP} after they start). */
    private final Map<String, Owner> owners = new ConcurrentHashMap<>();
    static final java.time.Duration KEEP = java.time.Duration.ofHours(12);

    private record Owner(String userId, java.time.Instant started) {
    }
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "bulk-intake");
        t.setDaemon(true);
        return t;
    });

    BulkIntake(RegistrationProcess registrations) {
        this.registrations = registrations;
    }

    /** Parses and validates only: nothing is written. */
    public Report validate(String schoolCode, Intake intake, String fileName, byte[] content) {
        IntakeSheet.Parsed parsed = IntakeSheet.parse(fileName, content);
        RegistrationService.Submission s = registrations.submit(schoolCode, intake, parsed.applicants(), "UPLOAD",
                fileName, null, true);
        return new Report(null, "VALIDATED", parsed.dataRows(), parsed.dataRows(), null, null, 0, false,
                merge(parsed.problems(), s.problems()), s.skipped(), null);
    }

    /** Imports now, in the caller's thread. */
    public Report importNow(String schoolCode, Intake intake, String fileName, byte[] content) {
        return run(null, schoolCode, intake, fileName, content);
    }

    /** Starts the import in the background; poll {@link #progress(String)}. */
    public Report start(String schoolCode, Intake intake, String fileName, byte[] content) {
        String jobId = UUID.randomUUID().toString();
        Report queued = new Report(jobId, "QUEUED", 0, 0, null, null, 0, false, List.of(), List.of(), null);
        CurrentUser user = CurrentUser.require();
        java.time.Instant now = java.time.Instant.now();
        purgeFinishedBefore(now.minus(KEEP));
        owners.put(jobId, new Owner(user.userId(), now));
        jobs.put(jobId, queued);
        executor.submit(() -> CurrentUser.callAs(user, () -> run(jobId, schoolCode, intake, fileName, content)));
        return queued;
    }

    private void purgeFinishedBefore(java.time.Instant limit) {
        for (Map.Entry<String, Owner> e : owners.entrySet()) {
            Report r = jobs.get(e.getKey());
            if (e.getValue().started().isBefore(limit) && (r == null || r.finished())) {
                jobs.remove(e.getKey());
                owners.remove(e.getKey());
            }
        }
    }

    /** The progress of a job, for the user who started it (or an administrator). */
    public Report progress(String jobId) {
        Report r = jobs.get(jobId);
        Owner owner = owners.get(jobId);
        if (r == null || owner == null) {
            throw new cn.jledu.studentstatus.platform.NotFound("上传任务不存在或已过期：" + jobId);
        }
        CurrentUser user = CurrentUser.require();
        if (!user.isAdmin() && !user.userId().equals(owner.userId())) {
            throw new cn.jledu.studentstatus.platform.Forbidden("只能查看本人上传的名单。");
        }
        return r;
    }

    private Report run(String jobId, String schoolCode, Intake intake, String fileName, byte[] content) {
        try {
            update(jobId, "PARSING", 0, 0);
            IntakeSheet.Parsed parsed = IntakeSheet.parse(fileName, content);
            update(jobId, "REGISTERING", parsed.dataRows(), 0);
            RegistrationService.Submission s = registrations.submit(schoolCode, intake, parsed.applicants(), "UPLOAD",
                    fileName, sha256(content), false, done -> update(jobId, "REGISTERING", parsed.dataRows(), done));
            Report done = new Report(jobId, "DONE", parsed.dataRows(), parsed.dataRows(), s.batchId(), s.caseKey(),
                    s.registered(), s.alreadyUploaded(), merge(parsed.problems(), s.problems()), s.skipped(), null);
            if (jobId != null) {
                jobs.put(jobId, done);
            }
            return done;
        } catch (RuleViolation | IllegalArgumentException e) {
            if (jobId == null) {
                throw e;
            }
            Report failed = new Report(jobId, "FAILED", 0, 0, null, null, 0, false, List.of(), List.of(),
                    e.getMessage());
            jobs.put(jobId, failed);
            return failed;
        } catch (RuntimeException e) {
            if (jobId == null) {
                throw e;
            }
            Report failed = new Report(jobId, "FAILED", 0, 0, null, null, 0, false, List.of(), List.of(),
                    "导入失败，未注册任何学生：" + e.getMessage());
            jobs.put(jobId, failed);
            return failed;
        }
    }

    private void update(String jobId, String phase, int total, int done) {
        if (jobId != null) {
            jobs.put(jobId, new Report(jobId, phase, total, done, null, null, 0, false, List.of(), List.of(), null));
        }
    }

    private static List<Problem> merge(List<Problem> a, List<Problem> b) {
        List<Problem> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(java.util.Comparator.comparing(p -> p.rowNumber() == null ? 0 : p.rowNumber()));
        return all;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
