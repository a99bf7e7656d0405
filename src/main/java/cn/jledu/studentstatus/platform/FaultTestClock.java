package cn.jledu.studentstatus.platform;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fault and two-node scenarios only ({@code .ci/two-nodes}, profile {@code fault-test}, never active otherwise):
 * moves this node's clock by a fixed offset that keeps running, so a scenario can run inside an intake window
 * whatever the real date is. Both nodes get the same offset, so they agree on the time. There is no endpoint.
 */
@Component
@Profile("fault-test")
class FaultTestClock {

    FaultTestClock(@Value("${studentstatus.fault-test.clock-offset-ms:0}") long offsetMillis) {
        if (offsetMillis != 0) {
            ClockUtil.offset(offsetMillis);
        }
    }
}
