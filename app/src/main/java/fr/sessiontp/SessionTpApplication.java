package fr.sessiontp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the web application, or runs one administration command and exits with its status:
 * {@code java -jar sessiontp.jar verify-audit}, {@code create-admin USERNAME}, {@code backup FILE}, {@code restore FILE}.
 */
@SpringBootApplication
public class SessionTpApplication {

    /** Commands run without the web server; each is a runner that reads {@code sessiontp.command}. */
    static final Set<String> COMMANDS = Set.of("verify-audit", "create-admin", "backup", "restore");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(SessionTpApplication.class, args);
    }

    /** Runs the command named by the first argument on the configured database and returns its exit status. */
    public static int runCommand(String... args) {
        // As command-line arguments, these win over application.properties: a command neither seeds the demo nor
        // runs the background jobs.
        List<String> commandArgs = new ArrayList<>(List.of("--sessiontp.command=" + args[0],
                "--sessiontp.demo.enabled=false", "--sessiontp.planning.worker-enabled=false",
                "--sessiontp.retention.purge-enabled=false"));
        commandArgs.addAll(Arrays.asList(args).subList(1, args.length));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SessionTpApplication.class)
                .web(WebApplicationType.NONE)
                .run(commandArgs.toArray(String[]::new));
        return SpringApplication.exit(context);
    }
}
