package fr.sessiontp.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people module's API for the other modules: mostly reads, and the candidate's postal details (O8). */
public interface PeopleDirectory {

    Optional<CandidateSummary> candidate(long id);

    List<CandidateSummary> candidates(Collection<Long> ids);

    List<CandidateSummary> candidatesOfCentre(long centreId);

    /**
     * At most {@code limit} of the centre's candidates, by name, leaving out {@code excluded}, whose names or identifier
     * contain {@code text} (any candidate when it is blank): the choices offered to enrol in a session.
     */
    List<CandidateSummary> candidatesOfCentreMatching(long centreId, String text, Collection<Long> excluded, int limit);

    /** The known birth dates of these candidates (a candidate without one is absent from the map), e.g. for CERES. */
    Map<Long, LocalDate> birthDates(Collection<Long> candidateIds);

    /** How to reach a candidate (e-mail, postal details); empty for an unknown candidate. */
    Optional<CandidateContact> candidateContact(long candidateId);

    /** Records the postal details a candidate gave on their information sheet (O8); the caller validates and audits. */
    void recordCandidatePostalDetails(long candidateId, String postalAddress, String postalCode, String city, String phone);

    Optional<JuryMemberSummary> juryMember(long id);

    List<JuryMemberSummary> juryMembers(Collection<Long> ids);

    /** Every jury member, with their habilitations; a centre picks its session's jury among them. */
    List<JuryMemberSummary> allJuryMembers();

    /**
     * The jury members holding a habilitation (current or not) for this title, with their habilitations: the choice a
     * session page offers, bounded by the title rather than by the whole national list of jury members.
     */
    List<JuryMemberSummary> juryMembersHabilitatedFor(long titleId);

    /**
     * The days, from {@code from} to {@code until}, on which these jury members said they cannot attend, by member (a
     * member with none is absent from the map): planning passes them to the planner.
     */
    Map<Long, List<LocalDate>> juryUnavailableDays(Collection<Long> juryMemberIds, LocalDate from, LocalDate until);

    /** The declared links (S3) between any of these jury members and any of these candidates. */
    List<JuryLink> linksBetween(Collection<Long> juryMemberIds, Collection<Long> candidateIds);

    Optional<ProctorSummary> proctor(long id);

    List<ProctorSummary> proctorsOfCentre(long centreId);

    Optional<SessionManagerSummary> sessionManager(long id);

    List<SessionManagerSummary> sessionManagersOfCentre(long centreId);

    Optional<TrainerSummary> trainer(long id);

    List<TrainerSummary> trainersOfCentre(long centreId);

    /** The ids of the candidates this trainer trains (the sessions a TRAINER may see are theirs). */
    List<Long> candidateIdsOfTrainer(long trainerId);

    /**
     * Imports candidates of the centre all or nothing, checked like the lines of an imported file (field rules, X3,
     * trainer, identifiers unique in the rows and in the centre); audited. {@code source} says where they come from, in
     * French, for the audit trail (e.g. « l'API (jeton « ERP ») »).
     */
    CandidateImport importCandidates(long centreId, String source, List<CandidateRow> rows);
}
