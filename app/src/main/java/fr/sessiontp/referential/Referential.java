package fr.sessiontp.referential;

import java.util.List;
import java.util.Optional;

/** The referential module's API: the titles and what their RE fixes, for the session, planning and evaluation modules. */
public interface Referential {

    /** Every title, ordered by code. */
    List<Title> titles();

    Optional<Title> title(long id);

    Optional<Title> titleByCode(String code);

    /** A title with its certificates and competences, épreuves and jury tasks of every session type. */
    Optional<TitleReferential> titleReferential(long titleId);

    /** The épreuves of a title for one session type, in order. */
    List<EpreuveTemplate> epreuves(long titleId, SessionType type);

    /** The jury tasks of a title for one session type, in order. */
    List<JuryTaskTemplate> juryTasks(long titleId, SessionType type);

    /**
     * Creates a title with its certificates, competences, épreuves and jury tasks, and records it in the audit trail.
     *
     * @return the new title's id
     * @throws fr.sessiontp.common.InputRejectedException with French messages per field when the input is malformed or the code is taken
     */
    long createTitle(NewTitle title);
}
