package cn.jledu.studentstatus.sanction;

import cn.jledu.studentstatus.platform.RuleViolation;
import java.time.LocalDate;

/**
 * A sanction case (处分案件) as stored; {@code level} is the current level after decisions and appeals. The case
 * guards its own state: each {@code check…} method refuses, with the rule id, what the rules do not allow in the
 * state the case is in; {@link SanctionService} applies what the guard let through.
 */
public record SanctionCase(String caseKey, long studentId, String schoolCode, String facts, SanctionLevel proposedLevel,
                           SanctionLevel level, ExpulsionGround expulsionGround, SanctionState state,
                           LocalDate meetingDate, String meetingMinutesRef, LocalDate decidedOn, LocalDate finalOn,
                           String processInstanceId, String proposedBy, LocalDate proposedOn,
                           Integer schoolAppealWorkingDays) {

    public boolean underAppeal() {
        return state.underAppeal();
    }

    /** R-SAN-3: an expulsion needs an Art. 36 ground and a principal's office meeting (date and minutes). */
    void checkDecision(SanctionLevel decided, LocalDate meeting, String minutesRef, LocalDate today) {
        if (decided != SanctionLevel.EXPULSION) {
            return;
        }
        if (expulsionGround == null) {
            throw new RuleViolation("R-SAN-3", "开除学籍必须有第三十六条所列情形；本处分建议未写明，请退回重新提出。");
        }
        if (meeting == null || minutesRef == null || minutesRef.isBlank()) {
            throw new RuleViolation("R-SAN-3", "开除学籍必须经校长办公会议研究决定：请填写会议日期和会议纪要编号（第三十七条）。");
        }
        if (meeting.isAfter(today)) {
            throw new RuleViolation("R-SAN-3", "校长办公会议日期不能晚于今天：" + meeting);
        }
        if (proposedOn != null && meeting.isBefore(proposedOn)) {
            throw new RuleViolation("R-SAN-3", "校长办公会议日期（" + meeting + "）不能早于处分建议提出日期（" + proposedOn
                    + "）：开除学籍须在提出建议后经校长办公会议研究决定。");
        }
    }

    /** R-SAN-3 (four eyes): whoever proposed the sanction cannot also review the proposal. */
    void checkReviewer(String reviewer) {
        if (reviewer != null && !"system".equals(reviewer) && reviewer.equals(proposedBy)) {
            throw new RuleViolation("R-SAN-3", "处分建议的提出人不能同时审核该建议（提出人：" + proposedBy
                    + "）：请由学生管理部门的其他负责人审核。");
        }
    }

    /** The school appeal window of this case: the school's setting when the principal decided. */
    int schoolAppealDays() {
        return schoolAppealWorkingDays == null ? SanctionContract.DEFAULT_SCHOOL_APPEAL_WORKING_DAYS
                : schoolAppealWorkingDays;
    }

    /**
     * R-APL-1: the student appeals to the school's committee while the decision is not final — or, when the school
     * window's timer already made it final, with an appeal made in time and entered late ({@code hadSchoolAppeal}
     * false). Returns whether the appeal reopens a final case.
     */
    boolean checkSchoolAppeal(String reasons, boolean hadSchoolAppeal) {
        if (reasons == null || reasons.isBlank()) {
            throw new RuleViolation("R-APL-1", "请写明申诉理由。", org.springframework.http.HttpStatus.BAD_REQUEST);
        }
        if (state == SanctionState.DECIDED) {
            return false;
        }
        if (state == SanctionState.FINAL && !hadSchoolAppeal) {
            return true;
        }
        throw new RuleViolation("R-APL-1", "本案件当前不能提出校内申诉（状态：" + state.label() + "）。");
    }
    /** An appeal outcome changes the sanction only to a lighter level (an appeal never makes it worse). */
    SanctionLevel checkOutcome(AppealOutcome outcome, SanctionLevel changedTo) {
        if (outcome != AppealOutcome.CHANGE) {
            return level;
        }
        if (changedTo == null || changedTo.compareTo(level) >= 0) {
            throw new RuleViolation("R-APL-1", "变更只能减轻原处分（原处分：" + level.label() + "）：请选择更轻的处分等级。");
        }
        return changedTo;
    }

    /**
     * R-APL-2: only a student who disagrees with the school's review decision appeals to the bureau: while the case
     * waits for that appeal, or — when the bureau window's timer made it final — with an appeal made in time and
     * entered late. Returns whether the appeal reopens a final case.
     */
    boolean checkBureauAppeal(boolean reviewDecided, boolean hadBureauAppeal) {
        if (reviewDecided && !hadBureauAppeal && state == SanctionState.SCHOOL_APPEAL) {
            return false;
        }
        if (reviewDecided && !hadBureauAppeal && state == SanctionState.FINAL) {
            return true;
        }
        throw new RuleViolation("R-APL-2", "只有对学校申诉复查决定不服时，才能向主管教育行政部门申诉（案件状态："
                + state.label() + "）。");
    }

    /** R-SAN-2: only a final warning … probation can be revoked after improvement. */
    void checkRevocable() {
        if (!level.revocable()) {
            throw new RuleViolation("R-SAN-2", "开除学籍处分不能撤销；只有警告、严重警告、记过、留校察看处分可在学生改正进步后撤销。");
        }
        if (state != SanctionState.FINAL) {
            throw new RuleViolation("R-SAN-2", "只能撤销已生效的处分（当前状态：" + state.label() + "）。");
        }
    }
}
