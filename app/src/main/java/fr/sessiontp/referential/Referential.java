package fr.sessiontp.referential;

import java.util.List;
import java.util.Optional;

/** The referential module's API: the titles and what their RE fixes, for the session, planning and evaluation modules. */
public interface Referential {

    /** Every title, ordered by code. */
    List<Title> titles();

    Optional<Title> title(long id);

    Optional<Title> titleByCode(String code);

    /** A title with its certificates and competences, épreuves and jury tasks of every session type (current RE). */
    Optional<TitleReferential> titleReferential(long titleId);

    /** The épreuves of a title for one session type, in order (current RE). */
    List<EpreuveTemplate> epreuves(long titleId, SessionType type);

    /** The jury tasks of a title for one session type, in order (current RE). */
    List<JuryTaskTemplate> juryTasks(long titleId, SessionType type);

    /** One version of a title's RE with everything it fixes: what a session planned with that version uses. */
    Optional<TitleReferential> titleReferentialOfVersion(long reVersionId);

    /** The épreuves of one RE version for one session type, in order. */
    List<EpreuveTemplate> epreuvesOfVersion(long reVersionId, SessionType type);

    /** The jury tasks of one RE version for one session type, in order. */
    List<JuryTaskTemplate> juryTasksOfVersion(long reVersionId, SessionType type);

    /** The versions of a title's RE, newest first. */
    List<ReVersion> versions(long titleId);

    /**
     * Imports a title's RE from a JSON or XLSX file (see docs/referential-import.md), all or nothing: a new title, or
     * a new version of an existing one (sessions already created keep theirs). Recorded in the audit trail.
     *
     * @throws fr.sessiontp.common.InputRejectedException with French messages naming the field or the row
     */
    ImportedTitle importTitle(String filename, byte[] content);

    /** What an import created. */
    record ImportedTitle(long titleId, String code, ReVersion version, boolean newTitle) {
    }

    /**
     * Creates a title with its certificates, competences, épreuves and jury tasks, and records it in the audit trail.
     *
     * @return the new title's id
     * @throws fr.sessiontp.common.InputRejectedException with French messages per field when the input is malformed or the code is taken
     */
    long createTitle(NewTitle title);
}
