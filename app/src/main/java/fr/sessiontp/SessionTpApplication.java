package fr.sessiontp;

import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the web application, or runs one administration command and exits with its status:
 * {@code java -jar sessiontp.jar verify-audit}.
 */
@SpringBootApplication
public class SessionTpApplication {

    /** Commands run without the web server; each is a runner that reads {@code sessiontp.command}. */
    static final Set<String> COMMANDS = Set.of("verify-audit");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(SessionTpApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("sessiontp.command=" + args[0], "sessiontp.demo.enabled=false")
                    .run(Arrays.copyOfRange(args, 1, args.length));
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(SessionTpApplication.class, args);
    }
}
