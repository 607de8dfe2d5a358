package fr.sessiontp.documents.web;

import fr.sessiontp.common.Messages;
import fr.sessiontp.documents.DocumentMeta;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The example document: a generic posting sheet (the typical déroulé of the regulation's example and a few
 * reminders of the Règlement général des sessions), with fictitious content only. It proves the engine from the
 * template to the sealed PDF; the real déroulé poster belongs to the planning module.
 */
public final class SampleDocument {

    public static final String TEMPLATE = "documents/sample";

    /** One line of the example déroulé. */
    public record Row(String day, String hours, String activity, String people) {
    }

    private SampleDocument() {
    }

    public static DocumentMeta meta(Instant created) {
        return DocumentMeta.french(Messages.get("documents.sample.title"), Messages.get("documents.sample.centre"),
                Messages.get("documents.sample.subject"), created);
    }

    public static Map<String, Object> model() {
        String day1 = Messages.get("documents.sample.day1");
        String day2 = Messages.get("documents.sample.day2");
        List<Row> rows = List.of(
                new Row(day1, "7h30 - 8h30", Messages.get("documents.sample.row.welcome"),
                        Messages.get("documents.sample.people.managerCandidates")),
                new Row(day1, "8h30 - 10h30", Messages.get("documents.sample.row.caseStudy"),
                        Messages.get("documents.sample.people.candidatesProctor")),
                new Row(day1, "11h00 - 11h40", Messages.get("documents.sample.row.questionnaire"),
                        Messages.get("documents.sample.people.candidatesProctor")),
                new Row(day2, "8h00 - 9h00", Messages.get("documents.sample.row.juryBriefing"),
                        Messages.get("documents.sample.people.managerJury")),
                new Row(day2, "9h00 - 9h45", Messages.get("documents.sample.row.workshop"),
                        Messages.get("documents.sample.people.pairJury")),
                new Row(day2, "16h30 - 18h00", Messages.get("documents.sample.row.finalInterview"),
                        Messages.get("documents.sample.people.jury")),
                new Row(day2, "18h00", Messages.get("documents.sample.row.deliberation"),
                        Messages.get("documents.sample.people.jury")));
        List<String> rules = List.of(
                Messages.get("documents.sample.rule.posting"),
                Messages.get("documents.sample.rule.end"),
                Messages.get("documents.sample.rule.trainer"),
                Messages.get("documents.sample.rule.phones"));
        return Map.of("rows", rows, "rules", rules);
    }
}
