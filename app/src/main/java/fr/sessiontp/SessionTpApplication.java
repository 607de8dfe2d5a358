package fr.sessiontp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SessionTpApplication {

    public static void main(String[] args) {
        SpringApplication.run(SessionTpApplication.class, args);
    }
}
