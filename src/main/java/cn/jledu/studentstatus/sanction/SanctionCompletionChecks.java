package cn.jledu.studentstatus.sanction;

import static cn.jledu.studentstatus.sanction.SanctionContract.Vars;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.FormRefusal;
import cn.jledu.studentstatus.platform.RuleViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of the sanction forms ({@code complete} task listeners): an incomplete or unlawful input
 * is refused with a Chinese message naming the rule; the completion is rolled back and Tasklist shows it.
 */
final class SanctionCompletionChecks {

    private SanctionCompletionChecks() {
    }

    static boolean blank(Object v) {
        return v == null || v.toString().isBlank();
    }

    static boolean flag(DelegateTask t, String name, String message) {
        Object v = t.getVariable(name);
        if (!(v instanceof Boolean b)) {
            throw new FormRefusal(message);
        }
        return b;
    }

    static <E extends Enum<E>> E choice(DelegateTask t, String name, Class<E> type, String message) {
        Object v = t.getVariable(name);
        try {
            return Enum.valueOf(type, String.valueOf(v));
        } catch (IllegalArgumentException e) {
            throw new FormRefusal(message);
        }
    }

    static LocalDate date(Object v, String message) {
        try {
            return LocalDate.parse(String.valueOf(v).trim());
        } catch (DateTimeParseException e) {
            throw new FormRefusal(message);
        }
    }

    static void refuse(RuleViolation v) {
        throw FormRefusal.of(v);
    }

    /**
     * Who completes a task: the engine's authenticated user (Tasklist, engine REST), else the user of our API
     * request, and the task's assignee (a claimed task).
     */
    static java.util.List<String> actors(DelegateTask t) {
        java.util.List<String> actors = new java.util.ArrayList<>();
        org.camunda.bpm.engine.impl.identity.Authentication auth = t.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            actors.add(auth.getUserId());
        }
        cn.jledu.studentstatus.platform.CurrentUser.get().ifPresent(u -> actors.add(u.userId()));
        if (t.getAssignee() != null) {
            actors.add(t.getAssignee());
        }
        return actors;
    }

    @Component("sanctionReviewProposalCheck")
    static class ReviewProposal implements TaskListener {
        private final SanctionService service;

        ReviewProposal(SanctionService service) {
            this.service = service;
        }

        @Override
        public void notify(DelegateTask t) {
            SanctionCase c = service.get(t.getExecution().getProcessBusinessKey());
            try { // R-SAN-3: four eyes — the proposer does not review the proposal
                actors(t).forEach(c::checkReviewer);
            } catch (RuleViolation v) {
                refuse(v);
            }
            if (!flag(t, Vars.PROPOSAL_SUPPORTED, "请勾选“同意提交校长决定”，或写明不同意的意见。")
                    && blank(t.getVariable(Vars.REVIEW_NOTE))) {
                throw new FormRefusal("不同意处分建议时必须填写审核意见。");
            }
        }
    }

    @Component("sanctionDecideCheck")
    static class DecideSanction implements TaskListener {
        private final SanctionService service;

        DecideSanction(SanctionService service) {
            this.service = service;
        }

        @Override
        public void notify(DelegateTask t) {
            if (!flag(t, Vars.SANCTION_APPROVED, "请勾选“决定给予处分”，或写明不予处分的理由。")) {
                if (blank(t.getVariable(Vars.DECISION_NOTE))) {
                    throw new FormRefusal("不予处分时必须填写决定理由。");
                }
                return;
            }
            SanctionLevel level = choice(t, Vars.DECIDED_LEVEL, SanctionLevel.class, "R-SAN-1：请选择处分等级。");
            Object meeting = t.getVariable(Vars.MEETING_DATE);
            LocalDate meetingDate = blank(meeting) ? null : date(meeting, "会议日期格式应为 YYYY-MM-DD。");
            try {
                service.get(t.getExecution().getProcessBusinessKey()).checkDecision(level, meetingDate,
                        (String) t.getVariable(Vars.MEETING_MINUTES_REF), AppClock.today());
            } catch (RuleViolation v) {
                refuse(v);
            }
        }
    }

    @Component("sanctionReviewAppealCheck")
    static class ReviewAppeal implements TaskListener {
        private final SanctionService service;

        ReviewAppeal(SanctionService service) {
            this.service = service;
        }

        @Override
        public void notify(DelegateTask t) {
            SanctionCase c = service.get(t.getExecution().getProcessBusinessKey());
            AppealOutcome outcome = choice(t, Vars.REVIEW_OUTCOME, AppealOutcome.class, "请选择复查决定：维持、变更或撤销。");
            try {
                c.checkOutcome(outcome, SanctionDelegates.enumValue(SanctionLevel.class,
                        t.getVariable(Vars.REVIEWED_LEVEL)));
            } catch (RuleViolation v) {
                throw FormRefusal.of(v);
            } catch (IllegalArgumentException v) {
                throw new FormRefusal(v.getMessage());
            }
            if (blank(t.getVariable(Vars.REVIEW_REASONS))) {
                throw new FormRefusal("请填写复查理由。");
            }
            // the receipt of the review decision is recorded from its delivery (POST …/deliveries), not typed here
        }
    }

    @Component("sanctionReviewBureauAppealCheck")
    static class BureauReview implements TaskListener {
        private final SanctionService service;

        BureauReview(SanctionService service) {
            this.service = service;
        }

        @Override
        public void notify(DelegateTask t) {
            SanctionCase c = service.get(t.getExecution().getProcessBusinessKey());
            AppealOutcome outcome = choice(t, Vars.BUREAU_OUTCOME, AppealOutcome.class, "请选择处理决定：维持、变更或撤销。");
            try {
                c.checkOutcome(outcome, SanctionDelegates.enumValue(SanctionLevel.class,
                        t.getVariable(Vars.BUREAU_LEVEL)));
            } catch (RuleViolation v) {
                throw FormRefusal.of(v);
            } catch (IllegalArgumentException v) {
                throw new FormRefusal(v.getMessage());
            }
            if (blank(t.getVariable(Vars.BUREAU_REASONS))) {
                throw new FormRefusal("请填写处理理由。");
            }
        }
    }

    @Component("sanctionSuperviseAppealCheck")
    static class Supervise implements TaskListener {
        private final SanctionService service;

        Supervise(SanctionService service) {
            this.service = service;
        }

        @Override
        public void notify(DelegateTask t) {
            Object note = t.getVariable(Vars.SUPERVISION_NOTE);
            if (blank(note)) {
                throw new FormRefusal("请填写督办情况。");
            }
            service.recordSupervision(t.getExecution().getProcessBusinessKey(), note.toString());
        }
    }

    @Component("sanctionFileExpulsionCheck")
    static class FileExpulsion implements TaskListener {
        private final SanctionService service;

        FileExpulsion(SanctionService service) {
            this.service = service;
        }

        @Override
        public void notify(DelegateTask t) {
            Object note = t.getVariable("filingNote");
            service.recordExpulsionFiled(t.getExecution().getProcessBusinessKey(), note == null ? null : note.toString());
        }
    }

    @Component("sanctionRevocationApproveCheck")
    static class ApproveRevocation implements TaskListener {
        private final SanctionService service;

        ApproveRevocation(SanctionService service) {
            this.service = service;
        }

        @Override
        public void notify(DelegateTask t) {
            if (!flag(t, Vars.REVOCATION_APPROVED, "请勾选“批准撤销处分”，或写明不批准的意见。")) {
                Object note = t.getVariable(Vars.REVOCATION_NOTE);
                if (blank(note)) {
                    throw new FormRefusal("不批准撤销时必须填写审批意见。");
                }
                service.recordRevocationDeclined(t.getExecution().getProcessBusinessKey(), note.toString());
            }
        }
    }
}
