package fr.sessiontp.conduct;

/**
 * The conduct module's API for recording an exam day from outside its pages (the demo's session already held): the
 * same use cases, rules and lifecycle gate as the opening and jury reception pages, acting as the current user, now.
 */
public interface ExamDay {

    /** Opens the session (CONVENED → OPENED, on one of its days: the lifecycle). */
    void open(long sessionId);

    /** O1: a candidate recorded present, convocation, identity and (when the title requires it) outfit checked. */
    void checkIn(long sessionId, long candidateId);

    /** J1 and S3: every reception item done, and every jury member of the session present, confirming no link (S2). */
    void receiveJury(long sessionId);

    /** O3: the envelopes checked sealed before a present candidate, the witness. */
    void envelopesSealed(long sessionId, long witnessCandidateId);

    /** OPENED → IN_PROGRESS (the lifecycle: envelopes sealed, two members at reception). */
    void startEpreuves(long sessionId);

    /** O5: the DTE candidat of an épreuve handed to a present candidate. */
    void dteHanded(long sessionId, String epreuveCode, long candidateId);
}
