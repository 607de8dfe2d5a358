package fr.sessiontp.referential;

import java.util.List;

/** A CCP or CCS of a title, e.g. {@code CP-002500}, with its competences in order. */
public record Certificate(long id, long titleId, CertificateKind kind, String code, String name, int position,
                          List<Competence> competences) {

    public Certificate {
        competences = List.copyOf(competences);
    }
}
