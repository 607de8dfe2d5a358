package fr.sessiontp.referential;

import java.util.List;

/** A task of the jury for one session type: briefing, correction, deliberation… */
public record JuryTaskTemplate(long id, long titleId, SessionType sessionType, String code, String label, String kind,
                               int minutes, String roomKind, List<String> afterEpreuves, List<String> beforeEpreuves,
                               int position) {

    public JuryTaskTemplate {
        afterEpreuves = List.copyOf(afterEpreuves);
        beforeEpreuves = List.copyOf(beforeEpreuves);
    }
}
