package cn.jledu.studentstatus.organisation;

/** An education bureau (教育局/教育厅). {@code code} is the GB/T 2260 division code (or an internal code, see gb2260). */
public record Bureau(String code, String name, BureauLevel level, String parentCode, boolean gb2260) {
}
