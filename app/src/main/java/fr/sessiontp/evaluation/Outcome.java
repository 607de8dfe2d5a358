package fr.sessiontp.evaluation;

/** A candidate's result at the session (D4): absent, whole title, some CCPs, or none. */
public enum Outcome {
    ABSENT, SUCCESS, PARTIAL_SUCCESS, FAILURE
}
