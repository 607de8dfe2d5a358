package fr.sessiontp.people.application;

import fr.sessiontp.people.domain.CandidateDraft;
import fr.sessiontp.people.domain.CandidateInput;
import fr.sessiontp.people.domain.CandidateRules;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.Fields;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.StaffKind;
import fr.sessiontp.people.domain.Validated;
import fr.sessiontp.people.domain.Violations;
import fr.sessiontp.people.persistence.CandidateRepository;
import fr.sessiontp.people.persistence.StaffRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The checks of a candidate's form that need the database: identifier unique in the centre, trainer of the centre. */
@Component
class CandidateChecks {

    private final CandidateRepository candidates;
    private final StaffRepository staff;
    private final Clock clock;

    CandidateChecks(CandidateRepository candidates, StaffRepository staff, Clock clock) {
        this.candidates = candidates;
        this.staff = staff;
        this.clock = clock;
    }

    CandidateDraft validate(long centreId, Long candidateId, CandidateInput input, String trainerIdText) {
        Violations trainerViolations = new Violations();
        Long trainerId = Fields.id(trainerViolations, "trainerId", trainerIdText);
        if (trainerId != null && staff.findInCentre(StaffKind.TRAINER, centreId, trainerId).isEmpty()) {
            trainerViolations.add("trainerId", "people.candidate.trainer.unknown");
        }
        Validated<CandidateDraft> validated = CandidateRules.validate(input, trainerId, LocalDate.now(clock));
        List<FieldViolation> all = new ArrayList<>(validated.violations());
        all.addAll(trainerViolations.all());
        String identifier = Fields.clean(input.identifier());
        if (identifier != null && all.stream().noneMatch(v -> v.field().equals("identifier"))
                && candidates.identifierTaken(centreId, identifier, candidateId)) {
            all.add(FieldViolation.of("identifier", "people.candidate.identifier.taken"));
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        return validated.value();
    }
}
