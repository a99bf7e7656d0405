package cn.jledu.studentstatus.organisation;

/** A secondary vocational school, run by the province, a city or a county, supervised by exactly one bureau. */
public record School(String code, String name, BureauLevel runBy, String supervisingBureauCode, boolean active) {
}
