package fr.sessiontp.people.web;

import fr.sessiontp.people.domain.JuryMember;
import fr.sessiontp.people.domain.JuryMemberInput;

/** The jury member form, as typed. */
record JuryMemberForm(String lastName, String firstName, String email, String profession, String region) {

    static JuryMemberForm empty() {
        return new JuryMemberForm("", "", "", "", "");
    }

    static JuryMemberForm of(JuryMember m) {
        return new JuryMemberForm(m.lastName(), m.firstName(), m.email(), m.profession(), m.region());
    }

    JuryMemberInput input() {
        return new JuryMemberInput(lastName, firstName, email, profession, region);
    }
}
