package fr.sessiontp.security;

import fr.sessiontp.common.Messages;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends an account's one-time link by e-mail through the configured SMTP server ({@code spring.mail.host}). Says
 * whether it went out: with no server configured, or when the server refuses, nothing is sent and the caller shows
 * the link to hand over by another channel.
 */
@Service
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    AccountMail(ObjectProvider<JavaMailSender> mail,
                @Value("${sessiontp.security.mail-from:comptes@sessiontp.example.org}") String from) {
        this.mail = mail;
        this.from = from;
    }

    /** Whether an SMTP server is configured at all. */
    boolean configured() {
        return mail.getIfAvailable() != null;
    }

    /** Sends the link of this purpose (INVITATION or RESET); true when the server accepted the message. */
    boolean send(String to, String displayName, String username, String purpose, String link, long validityHours) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || to == null || to.isBlank()) {
            return false;
        }
        String key = "security.mail." + purpose.toLowerCase(java.util.Locale.ROOT);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(Messages.get(key + ".subject"));
            helper.setText(Messages.get(key + ".body", displayName, username, link, validityHours));
            sender.send(message);
            return true;
        } catch (Exception e) {
            log.warn("Account e-mail ({}) to user {} not sent: {}", purpose, username, e.getMessage());
            return false;
        }
    }
}
