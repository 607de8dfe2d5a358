package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.people.domain.Fields;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.Person;
import fr.sessiontp.people.domain.PersonDraft;
import fr.sessiontp.people.domain.PersonInput;
import fr.sessiontp.people.domain.StaffKind;
import fr.sessiontp.people.domain.StaffMember;
import fr.sessiontp.people.domain.StaffRules;
import fr.sessiontp.people.domain.Violations;
import fr.sessiontp.people.persistence.PersonRepository;
import fr.sessiontp.people.persistence.StaffRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a person of the user's centre the role of trainer, proctor or session manager: an existing person of the centre
 * (who may already hold another role: the session then applies S4 and S5 to that one person) or a new one. Correcting
 * a staff member corrects their person, so every role they hold shows the change.
 */
@Service
public class SaveStaffMember {

    private final StaffRepository staff;
    private final PersonRepository persons;
    private final AuditTrail audit;

    SaveStaffMember(StaffRepository staff, PersonRepository persons, AuditTrail audit) {
        this.staff = staff;
        this.persons = persons;
        this.audit = audit;
    }

    /**
     * Creates the role for the person {@code personIdText} of the centre, or, when it is blank, for a new person of
     * the centre typed in {@code input}.
     */
    @Transactional
    public long create(StaffKind kind, long centreId, String personIdText, PersonInput input) {
        long personId = personFor(kind, centreId, personIdText, input);
        long id = staff.insert(kind, centreId, personId);
        Person person = persons.find(personId).orElseThrow();
        audit.record(kind.table() + ".created", null, kind.table(), String.valueOf(id),
                label(kind) + " « " + person.displayName() + " » enregistré (personne n° " + personId + ").");
        return id;
    }

    @Transactional
    public void edit(StaffKind kind, long centreId, long id, PersonInput input) {
        StaffMember member = staff.findInCentre(kind, centreId, id)
                .orElseThrow(() -> new UnknownRecordException(kind.table(), id));
        var validated = StaffRules.validate(input);
        if (!validated.isValid()) {
            throw new InvalidInputException(validated.violations());
        }
        PersonDraft draft = validated.value();
        persons.update(member.personId(), draft);
        audit.record(kind.table() + ".updated", null, kind.table(), String.valueOf(id),
                "Fiche de " + label(kind).toLowerCase() + " « " + draft.displayName() + " » modifiée (personne n° "
                        + member.personId() + ").");
    }

    private long personFor(StaffKind kind, long centreId, String personIdText, PersonInput input) {
        if (personIdText != null && !personIdText.isBlank()) {
            Violations violations = new Violations();
            Long personId = Fields.id(violations, "personId", personIdText);
            if (personId != null) {
                Person person = persons.find(personId).filter(p -> p.centreId() != null && p.centreId() == centreId)
                        .orElse(null);
                if (person == null) {
                    violations.add("personId", "people.person.unknown");
                } else if (persons.holds(kind, personId)) {
                    violations.add("personId", "people.person.alreadyInRole");
                }
            }
            if (!violations.all().isEmpty()) {
                throw new InvalidInputException(violations.all());
            }
            return personId;
        }
        var validated = StaffRules.validate(input);
        if (!validated.isValid()) {
            throw new InvalidInputException(validated.violations());
        }
        return persons.insert(centreId, validated.value());
    }

    private static String label(StaffKind kind) {
        return switch (kind) {
            case TRAINER -> "Formateur";
            case PROCTOR -> "Surveillant";
            case SESSION_MANAGER -> "Responsable de session";
        };
    }
}
