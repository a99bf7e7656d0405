package cn.jledu.studentstatus.organisation;

import cn.jledu.studentstatus.platform.LoginThrottle.Lock;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user ({@code GET /api/session}: our pages take the session's CSRF token from its answer header
 * {@code X-XSRF-TOKEN}) and login locks for account administrators (docs/security.md).
 */
@RestController
@RequestMapping("/api")
class AccountController {

    private final StaffScope scope;
    private final AccountLocks locks;

    AccountController(StaffScope scope, AccountLocks locks) {
        this.scope = scope;
        this.locks = locks;
    }

    @GetMapping("/session")
    Map<String, Object> session() {
        return Map.of("userId", scope.signedInUserId());
    }

    @GetMapping("/account-locks")
    List<Lock> accountLocks() {
        return locks.visibleLocks();
    }

    @DeleteMapping("/account-locks/users/{userId}")
    ResponseEntity<Void> liftUser(@PathVariable String userId) {
        locks.liftUser(userId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/account-locks/addresses/{address}")
    ResponseEntity<Void> liftAddress(@PathVariable String address) {
        locks.liftAddress(address);
        return ResponseEntity.noContent().build();
    }
}
