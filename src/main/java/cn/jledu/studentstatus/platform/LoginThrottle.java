package cn.jledu.studentstatus.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttles password checks by user id and by client address (docs/security.md, issue 13 §2). Every login — HTTP
 * Basic on {@code /engine-rest} and {@code /api}, the webapps' sign-in — goes through the engine's password check,
 * which {@link ThrottledIdentityProvider} routes here:
 * <ul>
 *   <li>a failed check is logged (user id, address, never the password), counted (meter
 *       {@code studentstatus.login.failures}) and stored in {@code login_failure};</li>
 *   <li>{@link LoginSettings#maxUserFailures()} failures for one user id within the window lock that id, and
 *       {@link LoginSettings#maxAddressFailures()} from one address lock that address, each for
 *       {@link LoginSettings#lockDuration()}: while locked, every login of the id (from the address) is refused
 *       without checking the password and without counting, so a lock always ends at its time;</li>
 *   <li>a successful login clears the user's failures (not the address's: an attacker's own account must not
 *       reset the count of its guesses); nothing delays a correct password outside a lock.</li>
 * </ul>
 * Times come from the engine clock ({@link AppClock}), so tests move them.
 */
@Component
public class LoginThrottle {

    public static final String USER = "USER";
    public static final String ADDRESS = "ADDRESS";
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_ID = 64;

    private final JdbcClient jdbc;
    private final LoginSettings settings;
    private final Counter failures;
    private final Counter refusedWhileLocked;

    LoginThrottle(JdbcClient jdbc, LoginSettings settings, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.failures = Counter.builder("studentstatus.login.failures").description("failed logins").register(meters);
        this.refusedWhileLocked = Counter.builder("studentstatus.login.refused.locked")
                .description("logins refused because the user id or the address is locked").register(meters);
    }

    /** A lock: {@code kind} USER (subject = user id) or ADDRESS (subject = client address). */
    public record Lock(String kind, String subject, int failures, OffsetDateTime lockedAt, OffsetDateTime lockedUntil) {
    }

    /** The active lock that refuses a login of {@code userId} from {@code address}, if any. */
    public Optional<Lock> activeLock(String userId, String address) {
        Instant now = AppClock.now();
        return jdbc.sql("""
                        SELECT kind, subject, failures, locked_at, locked_until FROM login_lock
                        WHERE ((kind = 'USER' AND subject = :user) OR (kind = 'ADDRESS' AND subject = :address))
                          AND locked_until > :now AND lifted_at IS NULL
                        ORDER BY kind DESC""")
                .param("user", clip(userId)).param("address", clip(address)).param("now", Timestamp.from(now))
                .query(LoginThrottle::lock).optional();
    }

    /** Whether a login may be checked at all; logs and counts a refusal. */
    boolean mayTry(String userId, String address) {
        Optional<Lock> lock = activeLock(userId, address);
        if (lock.isEmpty()) {
            return true;
        }
        refusedWhileLocked.increment();
        log.warn("Login refused while locked: user '{}' from {} ({} {} until {})", printable(userId), address,
                lock.get().kind(), printable(lock.get().subject()), lock.get().lockedUntil());
        return false;
    }

    /** Records a failed password check and locks the user id or the address when it reaches its limit. */
    void failed(String userId, String address, String reason) {
        Instant now = AppClock.now();
        failures.increment();
        log.warn("Failed login: user '{}' from {} ({})", printable(userId), address, reason);
        jdbc.sql("INSERT INTO login_failure (user_id, client_address, reason, failed_at) VALUES (?, ?, ?, ?)")
                .params(clip(userId), clip(address), reason, Timestamp.from(now)).update();
        lockIfReached(USER, "user_id", clip(userId), settings.maxUserFailures(), now);
        lockIfReached(ADDRESS, "client_address", clip(address), settings.maxAddressFailures(), now);
    }

    /** A correct password outside a lock: the user's count starts again. */
    void succeeded(String userId) {
        jdbc.sql("DELETE FROM login_failure WHERE user_id = ?").param(clip(userId)).update();
    }

    /** Active locks, newest first. */
    public List<Lock> activeLocks() {
        return jdbc.sql("""
                        SELECT kind, subject, failures, locked_at, locked_until FROM login_lock
                        WHERE locked_until > ? AND lifted_at IS NULL ORDER BY locked_at DESC, subject""")
                .param(Timestamp.from(AppClock.now())).query(LoginThrottle::lock).list();
    }

    /** Lifts a lock now (and forgets the failures that led to it); false if there was no active lock. */
    public boolean lift(String kind, String subject, String liftedBy) {
        Instant now = AppClock.now();
        int lifted = jdbc.sql("""
                        UPDATE login_lock SET lifted_by = ?, lifted_at = ?
                        WHERE kind = ? AND subject = ? AND locked_until > ? AND lifted_at IS NULL""")
                .params(liftedBy, Timestamp.from(now), kind, clip(subject), Timestamp.from(now)).update();
        jdbc.sql("DELETE FROM login_failure WHERE " + (USER.equals(kind) ? "user_id" : "client_address") + " = ?")
                .param(clip(subject)).update();
        if (lifted > 0) {
            log.info("Login lock lifted: {} '{}' by {}", kind, printable(subject), liftedBy);
        }
        return lifted > 0;
    }

    /** Failed logins of a user id since a moment (for the account view and tests). */
    public int failuresOf(String userId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE user_id = ? AND failed_at > ?")
                .params(clip(userId), Timestamp.from(since)).query(Integer.class).single();
    }

    private void lockIfReached(String kind, String column, String subject, int limit, Instant now) {
        // count only the failures since the end of the subject's last lock, so an expired lock is not re-armed
        // by the failures that caused it
        Instant since = now.minus(settings.window());
        Optional<Timestamp> lastEnd = jdbc.sql(
                        "SELECT COALESCE(lifted_at, locked_until) FROM login_lock WHERE kind = ? AND subject = ?")
                .params(kind, subject).query(Timestamp.class).optional();
        if (lastEnd.isPresent() && lastEnd.get().toInstant().isAfter(since)) {
            since = lastEnd.get().toInstant();
        }
        int count = jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE " + column + " = ? AND failed_at > ?")
                .params(subject, Timestamp.from(since)).query(Integer.class).single();
        if (count < limit) {
            return;
        }
        Instant until = now.plus(settings.lockDuration());
        jdbc.sql("DELETE FROM login_lock WHERE kind = ? AND subject = ?").params(kind, subject).update();
        jdbc.sql("""
                        INSERT INTO login_lock (kind, subject, failures, locked_at, locked_until)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(kind, subject, count, Timestamp.from(now), Timestamp.from(until)).update();
        log.warn("Login locked: {} '{}' after {} failures, until {}", kind, printable(subject), count, until);
    }

    private static Lock lock(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Lock(rs.getString("kind"), rs.getString("subject"), rs.getInt("failures"),
                at(rs.getTimestamp("locked_at")), at(rs.getTimestamp("locked_until")));
    }

    private static OffsetDateTime at(Timestamp t) {
        return t.toInstant().atZone(AppClock.ZONE).toOffsetDateTime();
    }

    private static String clip(String value) {
        String v = value == null ? "" : value;
        return v.length() <= MAX_ID ? v : v.substring(0, MAX_ID);
    }

    /** A user id as typed, safe for one log line (no control characters, bounded). */
    private static String printable(String value) {
        return clip(value).replaceAll("\\p{Cntrl}", "?");
    }
}
