package cn.jledu.studentstatus.bootstrap;

import cn.jledu.studentstatus.organisation.AdminAccount;
import cn.jledu.studentstatus.organisation.IdentitySync;
import cn.jledu.studentstatus.organisation.StudentStatusSettings;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, after Flyway and the engine: the demo organisation (if enabled), then groups, authorizations
 * and filters derived from the organisation, then the administrator and the demo users.
 */
@Component
@Order(0)
class OrganisationStartup implements ApplicationRunner {

    private final StudentStatusSettings settings;
    private final DemoOrganisation demo;
    private final IdentitySync sync;
    private final AdminAccount admin;
    private final TransactionTemplate tx;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    OrganisationStartup(StudentStatusSettings settings, DemoOrganisation demo, IdentitySync sync, AdminAccount admin,
                        TransactionTemplate tx, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.settings = settings;
        this.demo = demo;
        this.sync = sync;
        this.admin = admin;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> {
            // two nodes starting at once (docs/operations.md): one synchronises, the other waits here, then finds
            // everything in place
            jdbc.sql("SELECT name FROM startup_lock WHERE name = 'organisation' FOR UPDATE").query(String.class).list();
            if (settings.demo().enabled()) {
                demo.loadOrganisation();
            }
            sync.syncAll();
            admin.ensure();
            if (settings.demo().enabled()) {
                demo.loadUsersAndStudents();
            }
        });
    }
}
