package fr.sessiontp.evaluation.domain;

import fr.sessiontp.people.AccessRoute;
import fr.sessiontp.referential.CertificateKind;
import fr.sessiontp.referential.SessionType;

/**
 * X1 and D2: which inputs the jury deliberates from, by session type and access route. A training candidate at a title
 * session has all four (ECF booklet, MSP results, DP, final interview conclusions); VAE and équivalence candidates have
 * no ECF booklet (they were not trained); a CCP session is judged on the CCPs sat; a CCS session on the CCS
 * certificates (sat after the title).
 */
public record DeliberationInputs(boolean ecf, boolean msp, boolean dp, boolean finalInterview,
                                 CertificateKind certificates, boolean chooseCertificatesSat) {

    public static DeliberationInputs of(SessionType type, AccessRoute route) {
        boolean trained = route == AccessRoute.TRAINING;
        return switch (type) {
            case TITLE -> new DeliberationInputs(trained, true, true, true, CertificateKind.CCP, false);
            case CCP -> new DeliberationInputs(trained, true, true, true, CertificateKind.CCP, true);
            case CCS -> new DeliberationInputs(false, true, false, true, CertificateKind.CCS, false);
        };
    }
}
