package fr.sessiontp.referential;

/** The three kinds of session (X1): the whole title, capitalising CCP blocks, or a CCS after the title. */
public enum SessionType {
    TITLE, CCP, CCS
}
