package cn.jledu.studentstatus.organisation;

import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.Forbidden;
import cn.jledu.studentstatus.platform.LoginThrottle;
import cn.jledu.studentstatus.platform.LoginThrottle.Lock;
import cn.jledu.studentstatus.platform.NotFound;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/**
 * Login locks as the account administrators see them (docs/security.md): an administrator sees and lifts every
 * lock (user ids and client addresses); a bureau's account administrator the locks of its staff only — others' and
 * unknown ids are answered as "no such lock", the same as a lock that does not exist.
 */
@Service
public class AccountLocks {

    private final LoginThrottle throttle;
    private final IdentityService identity;
    private final StaffScope scope;

    AccountLocks(LoginThrottle throttle, IdentityService identity, StaffScope scope) {
        this.throttle = throttle;
        this.identity = identity;
        this.scope = scope;
    }

    /** The active locks the signed-in user administers. */
    public List<Lock> visibleLocks() {
        if (!scope.administersAccounts()) {
            throw new Forbidden("只有账号管理员可以查看登录锁定。");
        }
        boolean admin = scope.isAdmin();
        return throttle.activeLocks().stream()
                .filter(l -> admin || (LoginThrottle.USER.equals(l.kind()) && administers(l.subject())))
                .toList();
    }

    /** Lifts the lock of a user id; 404 when there is none the signed-in user administers. */
    public void liftUser(String userId) {
        if (!administers(userId) || !throttle.lift(LoginThrottle.USER, userId, CurrentUser.require().userId())) {
            throw new NotFound("没有该账号的登录锁定记录（或无权管理该账号）。");
        }
    }

    /** Lifts the lock of a client address (administrators only); 404 when there is none. */
    public void liftAddress(String address) {
        scope.requireAdmin("只有系统管理员可以解除按地址的登录锁定。");
        if (!throttle.lift(LoginThrottle.ADDRESS, address, CurrentUser.require().userId())) {
            throw new NotFound("没有该地址的登录锁定记录。");
        }
    }

    private boolean administers(String userId) {
        if (scope.isAdmin()) {
            return true;
        }
        if (userId == null || userId.isBlank() || identity.createUserQuery().userId(userId).count() == 0) {
            return false;
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return scope.administersAccount(groups);
    }
}
