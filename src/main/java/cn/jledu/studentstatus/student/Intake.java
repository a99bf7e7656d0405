package cn.jledu.studentstatus.student;

import cn.jledu.studentstatus.student.StudentEnums.Season;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * An intake (注册季): spring or autumn of a year (R-REG-6). Spring registration is open from 1 January to
 * 20 April, autumn from 1 July to 20 November; after the deadline nothing is accepted.
 */
public record Intake(int year, Season season) {

    static final MonthDay SPRING_OPENS = MonthDay.of(1, 1);
    static final MonthDay SPRING_CLOSES = MonthDay.of(4, 20);
    static final MonthDay AUTUMN_OPENS = MonthDay.of(7, 1);
    static final MonthDay AUTUMN_CLOSES = MonthDay.of(11, 20);

    public LocalDate opens() {
        return (season == Season.SPRING ? SPRING_OPENS : AUTUMN_OPENS).atYear(year);
    }

    /** The last day on which a registration is accepted. */
    public LocalDate closes() {
        return (season == Season.SPRING ? SPRING_CLOSES : AUTUMN_CLOSES).atYear(year);
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opens()) && !day.isAfter(closes());
    }

    public String label() {
        return year + "年" + season.label();
    }

    /** The intake whose window contains the day, or the next one to open. */
    public static Intake current(LocalDate day) {
        Intake spring = new Intake(day.getYear(), Season.SPRING);
        if (!day.isAfter(spring.closes())) {
            return spring;
        }
        Intake autumn = new Intake(day.getYear(), Season.AUTUMN);
        return !day.isAfter(autumn.closes()) ? autumn : new Intake(day.getYear() + 1, Season.SPRING);
    }

    public String code() {
        return year + (season == Season.SPRING ? "S" : "A");
    }
}
