package cn.jledu.studentstatus.sanction;

import java.time.LocalDate;

/** A sanction case (处分案件) as stored; {@code level} is the current level after decisions and appeals. */
public record SanctionCase(String caseKey, long studentId, String schoolCode, String facts, SanctionLevel proposedLevel,
                           SanctionLevel level, ExpulsionGround expulsionGround, SanctionState state,
                           LocalDate meetingDate, String meetingMinutesRef, LocalDate decidedOn, LocalDate finalOn,
                           String processInstanceId) {

    public boolean underAppeal() {
        return state.underAppeal();
    }
}
