package cn.jledu.studentstatus.support;

import cn.jledu.studentstatus.platform.AppClock;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the engine clock (and so the domain clock) in Asia/Shanghai time. */
public final class EngineClock {

    private EngineClock() {
    }

    public static void set(LocalDateTime shanghai) {
        ClockUtil.setCurrentTime(Date.from(shanghai.atZone(AppClock.ZONE).toInstant()));
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
