package fr.sessiontp.demo;

import fr.sessiontp.common.Messages;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, with {@code sessiontp.demo.enabled=true}: creates the demo data if the database holds no centre yet, then
 * prints the demo accounts (from the credentials file) in the log, at every start.
 */
@Component
class DemoStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final boolean enabled;
    private final DemoDataSeeder seeder;
    private final DemoAccounts accounts;

    DemoStartup(@Value("${sessiontp.demo.enabled:false}") boolean enabled, DemoDataSeeder seeder, DemoAccounts accounts) {
        this.enabled = enabled;
        this.seeder = seeder;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (!seeder.seedIfEmpty()) {
            log.info("Demo data not created: the database already holds a centre");
        }
        log.info(accountsBlock(accounts.all()));
    }

    String accountsBlock(List<DemoAccount> all) {
        if (all.isEmpty()) {
            return Messages.get("demo.accounts.none", accounts.file());
        }
        StringBuilder block = new StringBuilder("\n")
                .append("========================================================================\n")
                .append(Messages.get("demo.accounts.title")).append('\n');
        for (DemoAccount account : all) {
            String roleKey = "role." + account.role().name(); // the role names of messages.properties
            block.append("  %-12s / %-20s / %s%n".formatted(account.username(), account.password(),
                    Messages.get(roleKey)));
        }
        return block.append(Messages.get("demo.accounts.file", accounts.file())).append('\n')
                .append("========================================================================")
                .toString();
    }
}
