package cn.jledu.studentstatus.graduation;

import java.math.BigDecimal;

/**
 * The school's terms for a graduating cohort: the year of graduation, whether the school runs a credit system
 * (then the credits a graduate needs, R-GRD-1, and the early/late limits of R-DUR-3).
 */
public record GraduationTerms(int graduationYear, boolean creditSystem, BigDecimal creditsRequired) {

    public GraduationTerms {
        if (creditSystem && (creditsRequired == null || creditsRequired.signum() <= 0)) {
            throw new IllegalArgumentException("实行学分制的学校请填写毕业所需学分。");
        }
    }

    public static GraduationTerms withoutCredits(int year) {
        return new GraduationTerms(year, false, null);
    }
}
