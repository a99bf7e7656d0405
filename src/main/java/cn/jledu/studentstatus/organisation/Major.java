package cn.jledu.studentstatus.organisation;

/** A major of the national catalogue (6-digit code, catalogue version, category, agriculture-related flag). */
public record Major(String code, String name, String categoryCode, String catalogueVersion,
                    boolean agricultureRelated, boolean primaryIntakeAllowed, Integer qualificationDuration) {
}
