package cn.jledu.studentstatus.calendar;

/** An exception to Monday–Friday: a public holiday (放假) or a weekend day made a working day (调休上班). */
public enum DayKind {
    HOLIDAY("放假"),
    WORKDAY("调休上班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
