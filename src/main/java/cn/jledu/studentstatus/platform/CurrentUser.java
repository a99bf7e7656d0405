package cn.jledu.studentstatus.platform;

import java.util.List;
import java.util.Optional;

/** The staff member behind the current API request, resolved by {@link ApiAuthenticationFilter}. */
public record CurrentUser(String userId, List<String> groupIds) {

    private static final ThreadLocal<CurrentUser> CURRENT = new ThreadLocal<>();

    public static Optional<CurrentUser> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * The user id for audit records: the user of the API request; else the person who decided the step the engine
     * is running ({@link DecidingUser}: the engine's authenticated user, or in an asynchronous continuation the user
     * who completed the task before it); "system" only for timers and start-up.
     */
    public static String idOrSystem() {
        return get().map(CurrentUser::userId).or(() -> java.util.Optional.ofNullable(DecidingUser.current()))
                .orElse("system");
    }

    public static CurrentUser require() {
        return get().orElseThrow(() -> new Forbidden("请先登录。"));
    }

    public boolean inGroup(String groupId) {
        return groupIds.contains(groupId);
    }

    public boolean isAdmin() {
        return groupIds.contains("camunda-admin");
    }

    static void set(CurrentUser user) {
        CURRENT.set(user);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** Runs code as a user (tests and background work). */
    public static <T> T callAs(CurrentUser user, java.util.function.Supplier<T> work) {
        CurrentUser previous = CURRENT.get();
        CURRENT.set(user);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
