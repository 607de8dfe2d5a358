package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.Fields;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.JuryDirectoryPolicy;
import fr.sessiontp.people.domain.JuryMemberDraft;
import fr.sessiontp.people.domain.JuryMemberInput;
import fr.sessiontp.people.domain.Person;
import fr.sessiontp.people.domain.TitleRef;
import fr.sessiontp.people.domain.Violations;
import fr.sessiontp.people.persistence.DirectoryRepository;
import fr.sessiontp.people.persistence.JuryRepository;
import fr.sessiontp.people.persistence.PersonRepository;
import fr.sessiontp.people.persistence.TitleLookup;
import fr.sessiontp.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A centre proposes a jury member for a title to the authority of the member's region (X2): a new person, or a person
 * the centre already knows (one of its staff who is a professional of the trade). The member is in the directory but
 * habilitated for nothing until the authority decides.
 */
@Service
public class ProposeJuryMember {

    /** The proposal as typed: {@code personId} blank for a new person. */
    public record ProposalInput(String personId, JuryMemberInput member, String titleId, String note) {
    }

    private final JuryRepository jury;
    private final PersonRepository persons;
    private final DirectoryRepository directory;
    private final TitleLookup titles;
    private final AuditTrail audit;

    ProposeJuryMember(JuryRepository jury, PersonRepository persons, DirectoryRepository directory, TitleLookup titles,
                      AuditTrail audit) {
        this.jury = jury;
        this.persons = persons;
        this.directory = directory;
        this.titles = titles;
        this.audit = audit;
    }

    /** Returns the new jury member's id. */
    @Transactional
    public long propose(CurrentUser actor, ProposalInput input) {
        JuryDirectoryPolicy.canPropose(actor).orThrow();
        long centreId = actor.centreId();
        Violations violations = new Violations();
        Person person = person(violations, centreId, input.personId());
        JuryMemberInput typed = input.member();
        JuryMemberInput member = person == null ? typed
                : new JuryMemberInput(person.lastName(), person.firstName(), person.email(), typed.profession(), typed.region());
        List<FieldViolation> all = new ArrayList<>(violations.all());
        JuryMemberDraft draft = null;
        try {
            draft = CreateJuryMember.validate(jury, member, null);
        } catch (InvalidInputException e) {
            boolean picked = input.personId() != null && !input.personId().isBlank();
            for (FieldViolation v : e.violations()) {
                boolean identity = List.of("lastName", "firstName", "email").contains(v.field());
                if (!identity || !picked) {
                    all.add(v);
                } else if (person != null) {
                    all.add(FieldViolation.of("personId", "people.proposal.personIncomplete"));
                } // an unknown person is already reported on personId
            }
        }
        Violations titleViolations = new Violations();
        Long titleId = Fields.id(titleViolations, "titleId", input.titleId());
        if (titleId == null && !titleViolations.has("titleId")) {
            titleViolations.add("titleId", "people.field.required");
        }
        Optional<TitleRef> title = titleId == null ? Optional.empty() : titles.find(titleId);
        if (titleId != null && title.isEmpty()) {
            titleViolations.add("titleId", "people.habilitation.title.unknown");
        }
        all.addAll(titleViolations.all());
        String note = Fields.optional(violations, "note", input.note(), 500);
        all.addAll(violations.all().stream().filter(v -> v.field().equals("note")).toList());
        if (!all.isEmpty()) {
            throw new InvalidInputException(all.stream().distinct().toList());
        }
        long memberId;
        try {
            memberId = person == null ? jury.insert(draft) : jury.insertForPerson(person.id(), draft);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(FieldViolation.of("email", "people.jury.email.taken"));
        }
        long proposalId = directory.propose(memberId, centreId, titleId, note, actor.username());
        audit.record("jury.member.proposed", RuleId.X2, "jury_member", String.valueOf(memberId),
                "Membre de jury « " + draft.displayName() + " » (" + draft.email() + ", métier : " + draft.profession()
                        + ") proposé pour le titre " + title.get().label() + " à l'autorité de la région "
                        + draft.region() + " (proposition n° " + proposalId + ").");
        return memberId;
    }

    private Person person(Violations violations, long centreId, String personIdText) {
        if (personIdText == null || personIdText.isBlank()) {
            return null;
        }
        Long personId = Fields.id(violations, "personId", personIdText);
        if (personId == null) {
            return null;
        }
        Person person = persons.find(personId).filter(p -> p.centreId() != null && p.centreId() == centreId).orElse(null);
        if (person == null) {
            violations.add("personId", "people.person.unknown");
        } else if (persons.isJuryMember(personId)) {
            violations.add("personId", "people.person.alreadyJury");
            return null;
        }
        return person;
    }
}
