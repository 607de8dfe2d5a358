package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.Fields;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.PersonDraft;
import fr.sessiontp.people.domain.PersonInput;
import fr.sessiontp.people.domain.StaffKind;
import fr.sessiontp.people.domain.StaffRules;
import fr.sessiontp.people.domain.Violations;
import fr.sessiontp.people.persistence.StaffRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or corrects a trainer, proctor or session manager of the user's centre. A proctor may be the same person as
 * one of the centre's trainers (S4) or session managers (S5): the session checks those rules with these links.
 */
@Service
public class SaveStaffMember {

    private final StaffRepository staff;
    private final AuditTrail audit;

    SaveStaffMember(StaffRepository staff, AuditTrail audit) {
        this.staff = staff;
        this.audit = audit;
    }

    @Transactional
    public long create(StaffKind kind, long centreId, PersonInput input, String trainerId, String managerId) {
        Checked checked = check(kind, centreId, input, trainerId, managerId);
        long id = staff.insert(kind, centreId, checked.draft(), checked.trainerId(), checked.managerId());
        audit.record(kind.table() + ".created", null, kind.table(), String.valueOf(id),
                label(kind) + " « " + checked.draft().displayName() + " » enregistré" + links(checked) + ".");
        return id;
    }

    @Transactional
    public void edit(StaffKind kind, long centreId, long id, PersonInput input, String trainerId, String managerId) {
        staff.findInCentre(kind, centreId, id).orElseThrow(() -> new UnknownRecordException(kind.table(), id));
        Checked checked = check(kind, centreId, input, trainerId, managerId);
        staff.update(kind, id, checked.draft(), checked.trainerId(), checked.managerId());
        audit.record(kind.table() + ".updated", null, kind.table(), String.valueOf(id),
                "Fiche de " + label(kind).toLowerCase() + " « " + checked.draft().displayName() + " » modifiée" + links(checked) + ".");
    }

    private record Checked(PersonDraft draft, Long trainerId, Long managerId) {
    }

    private Checked check(StaffKind kind, long centreId, PersonInput input, String trainerIdText, String managerIdText) {
        var validated = StaffRules.validate(input);
        List<FieldViolation> all = new ArrayList<>(validated.violations());
        Long trainerId = null;
        Long managerId = null;
        if (kind == StaffKind.PROCTOR) {
            Violations links = new Violations();
            trainerId = Fields.id(links, "trainerId", trainerIdText);
            managerId = Fields.id(links, "managerId", managerIdText);
            if (trainerId != null && staff.findInCentre(StaffKind.TRAINER, centreId, trainerId).isEmpty()) {
                links.add("trainerId", "people.staff.trainer.unknown");
            }
            if (managerId != null && staff.findInCentre(StaffKind.SESSION_MANAGER, centreId, managerId).isEmpty()) {
                links.add("managerId", "people.staff.manager.unknown");
            }
            all.addAll(links.all());
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        return new Checked(validated.value(), trainerId, managerId);
    }

    private String links(Checked checked) {
        String text = "";
        if (checked.trainerId() != null) {
            text += ", également formateur n° " + checked.trainerId();
        }
        if (checked.managerId() != null) {
            text += ", également responsable de session n° " + checked.managerId();
        }
        return text;
    }

    private static String label(StaffKind kind) {
        return switch (kind) {
            case TRAINER -> "Formateur";
            case PROCTOR -> "Surveillant";
            case SESSION_MANAGER -> "Responsable de session";
        };
    }
}
