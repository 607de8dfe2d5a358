package fr.sessiontp.people.application;

import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.people.SessionManagerSummary;
import fr.sessiontp.security.AccountChoice;
import fr.sessiontp.security.AccountPersons;
import fr.sessiontp.security.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The person records an account acts for, for the accounts pages of the security module ({@link AccountPersons}):
 * the centre's session managers, proctors and trainers, and the jury members (who belong to no centre).
 */
@Component
class PeopleForAccounts implements AccountPersons {

    private final PeopleDirectory people;

    PeopleForAccounts(PeopleDirectory people) {
        this.people = people;
    }

    @Override
    public List<AccountChoice> choices(Role role, Long centreId) {
        return switch (role) {
            case JURY -> people.allJuryMembers().stream()
                    .map(m -> new AccountChoice(m.id(), label(m))).toList();
            case SESSION_MANAGER -> centreId == null ? List.of() : people.sessionManagersOfCentre(centreId).stream()
                    .map(m -> new AccountChoice(m.id(), label(m))).toList();
            case PROCTOR -> centreId == null ? List.of() : people.proctorsOfCentre(centreId).stream()
                    .map(p -> new AccountChoice(p.id(), p.displayName())).toList();
            case TRAINER -> centreId == null ? List.of() : people.trainersOfCentre(centreId).stream()
                    .map(t -> new AccountChoice(t.id(), t.displayName())).toList();
            default -> List.of();
        };
    }

    private static String label(JuryMemberSummary member) {
        return member.displayName() + (member.email() == null ? "" : " — " + member.email());
    }

    private static String label(SessionManagerSummary manager) {
        return manager.displayName() + (manager.email() == null ? "" : " — " + manager.email());
    }
}
