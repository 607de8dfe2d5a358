package fr.sessiontp.referential;

import java.util.List;

/**
 * A title with everything one version of its RE fixes: certificates and competences, épreuves and jury tasks of every
 * session type.
 */
public record TitleReferential(Title title, ReVersion version, List<Certificate> certificates,
                               List<EpreuveTemplate> epreuves, List<JuryTaskTemplate> juryTasks) {

    public TitleReferential {
        certificates = List.copyOf(certificates);
        epreuves = List.copyOf(epreuves);
        juryTasks = List.copyOf(juryTasks);
    }

    public List<EpreuveTemplate> epreuves(SessionType type) {
        return epreuves.stream().filter(e -> e.sessionType() == type).toList();
    }

    public List<JuryTaskTemplate> juryTasks(SessionType type) {
        return juryTasks.stream().filter(t -> t.sessionType() == type).toList();
    }

    public List<Certificate> certificates(CertificateKind kind) {
        return certificates.stream().filter(c -> c.kind() == kind).toList();
    }
}
