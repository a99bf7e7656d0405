package cn.jledu.studentstatus.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code studentstatus.*} (application.yaml). */
@ConfigurationProperties("studentstatus")
public record StudentStatusSettings(Demo demo, Admin admin) {

    /** The demo organisation and its users' shared password. */
    public record Demo(boolean enabled, String password) {
    }

    /** The engine administrator account. */
    public record Admin(String userId, String password) {
    }
}
