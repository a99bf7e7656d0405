package cn.jledu.studentstatus.support;

import cn.jledu.studentstatus.platform.AppClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Moves the engine clock (and so the domain clock, {@link AppClock}) in Asia/Shanghai time; part of the
 * {@link ProcessDriver}. Tests that move it reset it afterwards ({@link #reset()} in an {@code @AfterEach}).
 */
public final class EngineClock {

    private EngineClock() {
    }

    public static void set(LocalDateTime shanghai) {
        ClockUtil.setCurrentTime(at(shanghai));
    }

    /** {@code "2025-09-26T10:00"}: a local date and time in Asia/Shanghai. */
    public static void set(String shanghai) {
        set(LocalDateTime.parse(shanghai));
    }

    public static void set(Date instant) {
        ClockUtil.setCurrentTime(instant);
    }

    public static void reset() {
        ClockUtil.reset();
    }

    /** The instant of a local date and time in Asia/Shanghai. */
    public static Date at(LocalDateTime shanghai) {
        return Date.from(shanghai.atZone(AppClock.ZONE).toInstant());
    }

    /** The end of a day in Asia/Shanghai (00:00 of the next day): when a period whose last day it is closes. */
    public static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(AppClock.ZONE).toInstant());
    }
}
