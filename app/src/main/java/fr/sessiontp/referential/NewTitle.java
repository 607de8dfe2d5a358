package fr.sessiontp.referential;

import java.time.LocalDate;
import java.util.List;

/**
 * A title to create with its certificates, épreuves and jury tasks; positions follow the lists' order.
 * See {@link Referential#createTitle(NewTitle)}.
 */
public record NewTitle(String code, String name, String reVersion, LocalDate validFrom, LocalDate validUntil,
                       boolean requiresOutfit, boolean trainerAllowedOnPlatform, List<NewCertificate> certificates,
                       List<NewEpreuve> epreuves, List<NewJuryTask> juryTasks) {

    public NewTitle {
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        epreuves = epreuves == null ? List.of() : List.copyOf(epreuves);
        juryTasks = juryTasks == null ? List.of() : List.copyOf(juryTasks);
    }

    /** A CCP or CCS with its competences' labels in order. */
    public record NewCertificate(CertificateKind kind, String code, String name, List<String> competences) {
        public NewCertificate {
            competences = competences == null ? List.of() : List.copyOf(competences);
        }
    }

    /** An épreuve; {@code guidance} lists what the jury looks at in it (J2), possibly empty. */
    public record NewEpreuve(SessionType sessionType, String code, String label, String kind, int minutes,
                             EpreuveGrouping grouping, Integer groupSize, Presence presence, String roomKind,
                             List<String> afterEpreuves, List<String> afterJuryTasks, List<String> guidance) {
        public NewEpreuve {
            afterEpreuves = afterEpreuves == null ? List.of() : List.copyOf(afterEpreuves);
            afterJuryTasks = afterJuryTasks == null ? List.of() : List.copyOf(afterJuryTasks);
            guidance = guidance == null ? List.of() : List.copyOf(guidance);
        }

        public NewEpreuve(SessionType sessionType, String code, String label, String kind, int minutes,
                          EpreuveGrouping grouping, Integer groupSize, Presence presence, String roomKind,
                          List<String> afterEpreuves, List<String> afterJuryTasks) {
            this(sessionType, code, label, kind, minutes, grouping, groupSize, presence, roomKind, afterEpreuves,
                    afterJuryTasks, List.of());
        }
    }

    public record NewJuryTask(SessionType sessionType, String code, String label, String kind, int minutes,
                              String roomKind, List<String> afterEpreuves, List<String> beforeEpreuves) {
        public NewJuryTask {
            afterEpreuves = afterEpreuves == null ? List.of() : List.copyOf(afterEpreuves);
            beforeEpreuves = beforeEpreuves == null ? List.of() : List.copyOf(beforeEpreuves);
        }
    }
}
