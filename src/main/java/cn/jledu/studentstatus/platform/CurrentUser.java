package cn.jledu.studentstatus.platform;

import java.util.List;
import java.util.Optional;

/** The staff member behind the current API request, resolved by {@link ApiAuthenticationFilter}. */
public record CurrentUser(String userId, List<String> groupIds) {

    private static final ThreadLocal<CurrentUser> CURRENT = new ThreadLocal<>();

    public static Optional<CurrentUser> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The user id for audit records; "system" outside a request (timers, start-up). */
    public static String idOrSystem() {
        return get().map(CurrentUser::userId).orElse("system");
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
