package cn.jledu.studentstatus.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling ({@code studentstatus.login.*}, docs/security.md): a user id is locked after
 * {@code maxUserFailures} failed logins within {@code window}, a client address after {@code maxAddressFailures};
 * each lock lasts {@code lockDuration} and then ends by itself.
 */
@ConfigurationProperties("studentstatus.login")
public record LoginSettings(@DefaultValue("10") int maxUserFailures, @DefaultValue("30") int maxAddressFailures,
                            @DefaultValue("PT15M") Duration window, @DefaultValue("PT15M") Duration lockDuration) {
}
