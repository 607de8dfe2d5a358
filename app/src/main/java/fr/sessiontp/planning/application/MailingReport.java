package fr.sessiontp.planning.application;

/**
 * What a sending of e-mails did: how many went out, how many failed, or that nothing was tried because no mail server
 * is configured.
 */
public record MailingReport(int sent, int failed, boolean nothingTried) {

    public static MailingReport noMailServer() {
        return new MailingReport(0, 0, true);
    }
}
