package cn.jledu.studentstatus.platform;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's database identity provider with our {@link LoginThrottle} instead of the engine's own login
 * throttling (which locks a user id after 10 failures until an administrator unlocks it, and delays the correct
 * password after a single failure: a denial of service anyone could cause). Installed by
 * {@link LoginThrottlePlugin}; every password check of the engine — and so every login — comes here.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

    private final LoginThrottle throttle;

    ThrottledIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || userId.isEmpty() || password == null || password.isEmpty()) {
            return false;
        }
        String address = ClientAddress.current();
        if (!throttle.mayTry(userId, address)) {
            return false;
        }
        UserEntity user = findUserById(userId);
        if (user == null) {
            throttle.failed(userId, address, "UNKNOWN_USER");
            return false;
        }
        if (!matchPassword(password, user)) {
            throttle.failed(userId, address, "WRONG_PASSWORD");
            return false;
        }
        throttle.succeeded(userId);
        return true;
    }

    /** Opens one provider per command context, like the engine's own factory. */
    static SessionFactory factory(LoginThrottle throttle) {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ThrottledIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new ThrottledIdentityProvider(throttle);
            }
        };
    }
}
