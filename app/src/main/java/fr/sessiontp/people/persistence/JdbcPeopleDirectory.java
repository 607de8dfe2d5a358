package fr.sessiontp.people.persistence;

import fr.sessiontp.people.CandidateContact;
import fr.sessiontp.people.CandidateImport;
import fr.sessiontp.people.CandidateRow;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.application.ImportCandidates;
import fr.sessiontp.people.JuryLink;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.people.SessionManagerSummary;
import fr.sessiontp.people.TrainerSummary;
import fr.sessiontp.people.domain.Candidate;
import fr.sessiontp.people.domain.JuryMember;
import fr.sessiontp.people.domain.StaffKind;
import fr.sessiontp.people.domain.StaffMember;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's API for the other modules, over its tables (and its import use case). */
@Service
@Transactional(readOnly = true)
class JdbcPeopleDirectory implements PeopleDirectory {

    private final CandidateRepository candidates;
    private final JuryRepository jury;
    private final StaffRepository staff;
    private final ImportCandidates importCandidates;
    private final DirectoryRepository directory;

    JdbcPeopleDirectory(CandidateRepository candidates, JuryRepository jury, StaffRepository staff,
                        ImportCandidates importCandidates, DirectoryRepository directory) {
        this.directory = directory;
        this.candidates = candidates;
        this.jury = jury;
        this.staff = staff;
        this.importCandidates = importCandidates;
    }

    @Override
    public Optional<CandidateSummary> candidate(long id) {
        return candidates.find(id).map(Candidate::summary);
    }

    @Override
    public List<CandidateSummary> candidates(Collection<Long> ids) {
        return candidates.findAll(ids).stream().map(Candidate::summary).toList();
    }

    @Override
    public Map<Long, LocalDate> birthDates(Collection<Long> candidateIds) {
        Map<Long, LocalDate> dates = new HashMap<>();
        for (Candidate candidate : candidates.findAll(candidateIds)) {
            if (candidate.birthDate() != null) {
                dates.put(candidate.id(), candidate.birthDate());
            }
        }
        return dates;
    }

    @Override
    public List<CandidateSummary> candidatesOfCentre(long centreId) {
        return candidates.ofCentre(centreId).stream().map(Candidate::summary).toList();
    }

    @Override
    public List<Long> candidateIdsOfTrainer(long trainerId) {
        return candidates.idsOfTrainer(trainerId);
    }

    @Override
    public List<CandidateSummary> candidatesOfCentreMatching(long centreId, String text, Collection<Long> excluded,
                                                             int limit) {
        return candidates.matching(centreId, text, excluded, limit).stream().map(Candidate::summary).toList();
    }

    @Override
    public Optional<CandidateContact> candidateContact(long candidateId) {
        return candidates.contact(candidateId);
    }

    @Override
    @Transactional
    public void recordCandidatePostalDetails(long candidateId, String postalAddress, String postalCode, String city,
                                             String phone) {
        candidates.updatePostalDetails(candidateId, postalAddress, postalCode, city, phone);
    }

    @Override
    public Optional<JuryMemberSummary> juryMember(long id) {
        return jury.find(id).map(JuryMember::summary);
    }

    @Override
    public List<JuryMemberSummary> juryMembers(Collection<Long> ids) {
        return jury.findAll(ids).stream().map(JuryMember::summary).toList();
    }

    @Override
    public List<JuryMemberSummary> allJuryMembers() {
        return jury.all().stream().map(JuryMember::summary).toList();
    }

    @Override
    public List<JuryMemberSummary> juryMembersHabilitatedFor(long titleId) {
        return jury.habilitatedFor(titleId).stream().map(JuryMember::summary).toList();
    }

    @Override
    public Map<Long, List<LocalDate>> juryUnavailableDays(Collection<Long> juryMemberIds, LocalDate from,
                                                          LocalDate until) {
        return directory.unavailableDays(juryMemberIds, from, until);
    }

    @Override
    public List<JuryLink> linksBetween(Collection<Long> juryMemberIds, Collection<Long> candidateIds) {
        return jury.linksBetween(juryMemberIds, candidateIds);
    }

    @Override
    public Optional<ProctorSummary> proctor(long id) {
        return staff.find(StaffKind.PROCTOR, id).map(JdbcPeopleDirectory::proctorSummary);
    }

    @Override
    public List<ProctorSummary> proctorsOfCentre(long centreId) {
        return staff.ofCentre(StaffKind.PROCTOR, centreId).stream().map(JdbcPeopleDirectory::proctorSummary).toList();
    }

    @Override
    public Optional<SessionManagerSummary> sessionManager(long id) {
        return staff.find(StaffKind.SESSION_MANAGER, id).map(JdbcPeopleDirectory::managerSummary);
    }

    @Override
    public List<SessionManagerSummary> sessionManagersOfCentre(long centreId) {
        return staff.ofCentre(StaffKind.SESSION_MANAGER, centreId).stream().map(JdbcPeopleDirectory::managerSummary).toList();
    }

    @Override
    public Optional<TrainerSummary> trainer(long id) {
        return staff.find(StaffKind.TRAINER, id).map(JdbcPeopleDirectory::trainerSummary);
    }

    @Override
    public List<TrainerSummary> trainersOfCentre(long centreId) {
        return staff.ofCentre(StaffKind.TRAINER, centreId).stream().map(JdbcPeopleDirectory::trainerSummary).toList();
    }

    @Override
    @Transactional
    public CandidateImport importCandidates(long centreId, String source, List<CandidateRow> rows) {
        return importCandidates.importRows(centreId, source, rows);
    }

    private static ProctorSummary proctorSummary(StaffMember m) {
        return new ProctorSummary(m.id(), m.centreId(), m.personId(), m.lastName(), m.firstName());
    }

    private static SessionManagerSummary managerSummary(StaffMember m) {
        return new SessionManagerSummary(m.id(), m.centreId(), m.personId(), m.lastName(), m.firstName(), m.email());
    }

    private static TrainerSummary trainerSummary(StaffMember m) {
        return new TrainerSummary(m.id(), m.centreId(), m.personId(), m.lastName(), m.firstName());
    }
}
