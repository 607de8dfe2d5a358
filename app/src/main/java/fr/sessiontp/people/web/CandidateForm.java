package fr.sessiontp.people.web;

import fr.sessiontp.people.domain.Candidate;
import fr.sessiontp.people.domain.CandidateInput;

/** The candidate form, as typed: every field is text, checked by the use case. */
record CandidateForm(String birthName, String usageName, String firstNames, String identifier, String birthDate,
                     String email, String accessRoute, String extraTimePercent, String adjustmentNote, String trainerId) {

    static CandidateForm empty() {
        return new CandidateForm("", "", "", "", "", "", "TRAINING", "0", "", "");
    }

    static CandidateForm of(Candidate c) {
        return new CandidateForm(c.birthName(), c.usageName(), c.firstNames(), c.identifier(),
                c.birthDate() == null ? "" : c.birthDate().toString(), c.email(), c.accessRoute().name(),
                String.valueOf(c.extraTimePercent()), c.adjustmentNote(), c.trainerId() == null ? "" : c.trainerId().toString());
    }

    CandidateInput input() {
        return new CandidateInput(birthName, usageName, firstNames, identifier, birthDate, email, accessRoute,
                extraTimePercent, adjustmentNote);
    }
}
