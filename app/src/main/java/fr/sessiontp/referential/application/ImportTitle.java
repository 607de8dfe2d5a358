package fr.sessiontp.referential.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.referential.NewTitle;
import fr.sessiontp.referential.ReVersion;
import fr.sessiontp.referential.Referential.ImportedTitle;
import fr.sessiontp.referential.Title;
import fr.sessiontp.referential.persistence.TitleRepository;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a title's RE from a file, all or nothing: every field is checked (French message naming the row and the
 * field) before anything is written. A known title code adds a new RE version and makes it current; sessions already
 * created keep the version they were created with.
 */
@Service
class ImportTitle {

    private final TitleRepository titles;
    private final CreateTitle createTitle;
    private final AuditTrail audit;

    ImportTitle(TitleRepository titles, CreateTitle createTitle, AuditTrail audit) {
        this.titles = titles;
        this.createTitle = createTitle;
        this.audit = audit;
    }

    @Transactional
    ImportedTitle importFile(String filename, byte[] content) {
        TitleFileReader reader = new TitleFileReader();
        NewTitle title = reader.read(filename, content);
        Map<String, String> errors = new LinkedHashMap<>(reader.errors());
        if (title == null) {
            throw new InputRejectedException(errors);
        }
        createTitle.checkContent(title).forEach((field, message) ->
                errors.putIfAbsent(field, placed(field, message, reader.rows())));
        Optional<Title> existing = title.code() == null ? Optional.empty() : titles.titleByCode(title.code());
        if (existing.isPresent() && title.reVersion() != null && titles.versions(existing.get().id()).stream()
                .anyMatch(v -> v.label().equalsIgnoreCase(title.reVersion().strip()))) {
            errors.putIfAbsent("reVersion", Messages.get("referential.import.versionTaken", title.code(), title.reVersion()));
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        String who = UserAccounts.current().map(CurrentUser::username).orElse(null);
        long titleId;
        long versionId;
        if (existing.isPresent()) {
            titleId = existing.get().id();
            versionId = titles.insertVersion(titleId, title, who);
        } else {
            titleId = titles.insert(title);
            versionId = titles.currentVersion(titleId).orElseThrow();
            titles.markImportedBy(versionId, who);
        }
        ReVersion version = titles.version(versionId).orElseThrow();
        audit.record("referential.title.imported", null, "title", String.valueOf(titleId),
                Messages.get("referential.audit.titleImported", title.code(), title.name(), version.label(),
                        version.number(), title.certificates().size(), title.epreuves().size(),
                        title.juryTasks().size()));
        return new ImportedTitle(titleId, title.code(), version, existing.isEmpty());
    }

    /** "epreuves[2]" → "Feuille epreuves, ligne 4 : message", or the JSON place, so that the user finds the row. */
    private static String placed(String field, String message, Map<String, List<String>> rows) {
        int bracket = field.indexOf('[');
        if (bracket < 0) {
            return Messages.get("referential.import.at", Messages.get("referential.import.where.title"), field, message);
        }
        String list = field.substring(0, bracket);
        int index = Integer.parseInt(field.substring(bracket + 1, field.indexOf(']')));
        List<String> places = rows.getOrDefault(list, List.of());
        String where = index < places.size() ? places.get(index) : field;
        return Messages.get("referential.import.atRow", where, message);
    }
}
