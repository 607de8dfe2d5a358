package fr.sessiontp.operations;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Messages;
import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar sessiontp.jar create-admin USERNAME}: creates the platform administrator, the first account of a real
 * centre. The password is read from standard input (typed twice without echo on a terminal, the first line otherwise),
 * never from the arguments; a weak one is refused by the password policy. The account and its audit entry are written
 * in one transaction. Exit status 0 when created, 2 when refused (bad arguments, existing user, weak password).
 */
@Component
@ConditionalOnProperty(name = "sessiontp.command", havingValue = "create-admin")
class CreateAdminCommand implements ApplicationRunner, ExitCodeGenerator {

    static final int CREATED = 0;
    static final int REFUSED = 2;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");

    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private int exitCode = REFUSED;

    CreateAdminCommand(UserAccounts accounts, AuditTrail audit, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> arguments = args.getNonOptionArgs();
        if (arguments.size() != 1) {
            refuse(Messages.get("operations.createAdmin.usage"));
            return;
        }
        String username = arguments.get(0);
        if (!USERNAME.matcher(username).matches()) {
            refuse(Messages.get("operations.createAdmin.badUsername"));
            return;
        }
        if (accounts.exists(username)) {
            refuse(Messages.get("operations.createAdmin.exists", username));
            return;
        }
        Optional<String> password = readPassword(username);
        if (password.isEmpty()) {
            return;
        }
        Optional<String> weak = accounts.passwordRefusal(password.get(), username);
        if (weak.isPresent()) {
            refuse(weak.get());
            return;
        }
        long id = transaction.execute(status -> {
            long user = accounts.create(new NewUser(username, Role.PLATFORM_ADMIN,
                    Messages.get("operations.createAdmin.displayName"), null, null, null), password.get());
            audit.record("user.created", null, "user", String.valueOf(user),
                    Messages.get("operations.createAdmin.audit", username));
            return user;
        });
        System.out.println(Messages.get("operations.createAdmin.created", username, id));
        exitCode = CREATED;
    }

    /** On a terminal: typed twice, without echo. Otherwise (a pipe, a file): the first line of standard input. */
    private Optional<String> readPassword(String username) {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword(Messages.get("operations.createAdmin.prompt", username) + " ");
            char[] second = console.readPassword(Messages.get("operations.createAdmin.confirm") + " ");
            if (first == null || second == null || !new String(first).equals(new String(second))) {
                refuse(Messages.get("operations.createAdmin.mismatch"));
                return Optional.empty();
            }
            return Optional.of(new String(first));
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                refuse(Messages.get("operations.createAdmin.noInput"));
                return Optional.empty();
            }
            return Optional.of(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refuse(String message) {
        PrintStream err = System.err;
        err.println(message);
        exitCode = REFUSED;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
