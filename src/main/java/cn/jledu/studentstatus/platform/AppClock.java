package cn.jledu.studentstatus.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the system: the engine's clock in Asia/Shanghai. Domain rules (intake windows, deadlines)
 * read the same time as the timers, so tests move both by moving the engine clock.
 */
public final class AppClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private AppClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static OffsetDateTime nowOffset() {
        return now().atZone(ZONE).toOffsetDateTime();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }
}
