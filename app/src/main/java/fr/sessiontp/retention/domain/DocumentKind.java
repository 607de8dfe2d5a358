package fr.sessiontp.retention.domain;

import fr.sessiontp.common.RuleId;

/**
 * The documents of a session file and the rule that decides their fate: kept 5 years (A2), destroyed at the close
 * (A3), returned to the candidate (A4), or a PV copy kept by the centre (X7).
 */
public enum DocumentKind {
    /** Observation, final interview and synthesis grids completed by the jury (evaluation module's tables). */
    EVALUATION_GRIDS(RuleId.A2, Fate.KEPT),
    /** The candidate's ECF booklet (livret des évaluations passées en cours de formation). */
    ECF_BOOKLET(RuleId.A2, Fate.KEPT),
    /** Copies of the signed PVs (reports module). */
    PV_COPY(RuleId.X7, Fate.KEPT),
    /** What the candidate produced during the épreuves. */
    CANDIDATE_PRODUCTION(RuleId.A3, Fate.DESTROYED),
    /** DTEs (dossiers techniques d'évaluation) not handed out. */
    UNUSED_DTE(RuleId.A3, Fate.DESTROYED),
    /** Every other document of the session. */
    OTHER_DOCUMENTS(RuleId.A3, Fate.DESTROYED),
    /** The candidate's dossier professionnel. */
    PORTFOLIO(RuleId.A4, Fate.RETURNED);

    public enum Fate { KEPT, DESTROYED, RETURNED }

    private final RuleId rule;
    private final Fate fate;

    DocumentKind(RuleId rule, Fate fate) {
        this.rule = rule;
        this.fate = fate;
    }

    public RuleId rule() {
        return rule;
    }

    public Fate fate() {
        return fate;
    }

    /** Kept for the retention period, then purged (A2). */
    public boolean keptForRetentionPeriod() {
        return rule == RuleId.A2;
    }
}
