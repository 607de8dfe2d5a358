package fr.sessiontp.planning.application;

import fr.sessiontp.common.Messages;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The planning's e-mails (convocations, jury plans) through the configured SMTP server ({@code spring.mail.*}): a plain
 * text body, the attachments beside it in a multipart/mixed message, and a Message-ID in the sender's own domain
 * (a mail server would otherwise see one of the machine's name, such as {@code @localhost}).
 */
@Component
public class Mailer {

    /** A file attached to an e-mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender,
           @Value("${sessiontp.planning.mail-from:convocations@sessiontp.example.org}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Whether an SMTP server is configured; without one nothing can be sent. */
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends one e-mail to an address that may be missing; the French reason it did not go out (no address, the
     * server's refusal), or empty when it did. The attachments are built only when there is an address.
     */
    public Optional<String> deliver(String to, String subject, String text, Supplier<List<Attachment>> attachments) {
        if (to == null || to.isBlank()) {
            return Optional.of(Messages.get("planning.mail.noAddress"));
        }
        try {
            send(to, subject, text, attachments.get());
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of(Messages.get("planning.mail.failed", e.getMessage()));
        }
    }

    /** Sends one e-mail; throws when no server is configured or the server refuses it. */
    public void send(String to, String subject, String text, List<Attachment> attachments) throws MessagingException {
        JavaMailSender mail = Optional.ofNullable(sender.getIfAvailable())
                .orElseThrow(() -> new MessagingException("no SMTP server configured"));
        MimeMessage message = new OwnDomainMessage(mail.createMimeMessage().getSession(), domainOf(from));
        MimeMessageHelper helper = attachments.isEmpty() ? new MimeMessageHelper(message, "UTF-8")
                : new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(text);
        for (Attachment attachment : attachments) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                    attachment.contentType());
        }
        mail.send(message);
    }

    static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).replace(">", "").strip();
        return domain.isEmpty() ? "sessiontp.invalid" : domain;
    }

    /** A message whose Message-ID is {@code <random@sender's domain>}. */
    private static final class OwnDomainMessage extends MimeMessage {

        private final String domain;

        OwnDomainMessage(Session session, String domain) {
            super(session);
            this.domain = domain;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
        }
    }
}
