package fr.sessiontp.referential.application;

import fr.sessiontp.referential.EpreuveTemplate;
import fr.sessiontp.referential.JuryTaskTemplate;
import fr.sessiontp.referential.NewTitle;
import fr.sessiontp.referential.ReVersion;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.referential.SessionType;
import fr.sessiontp.referential.Title;
import fr.sessiontp.referential.TitleReferential;
import fr.sessiontp.referential.persistence.TitleRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Referential} API. */
@Service
@Transactional(readOnly = true)
class ReferentialService implements Referential {

    private final TitleRepository titles;
    private final CreateTitle createTitle;
    private final ImportTitle importTitle;

    ReferentialService(TitleRepository titles, CreateTitle createTitle, ImportTitle importTitle) {
        this.titles = titles;
        this.createTitle = createTitle;
        this.importTitle = importTitle;
    }

    @Override
    public List<Title> titles() {
        return titles.titles();
    }

    @Override
    public Optional<Title> title(long id) {
        return titles.title(id);
    }

    @Override
    public Optional<Title> titleByCode(String code) {
        return code == null ? Optional.empty() : titles.titleByCode(code.strip());
    }

    @Override
    public Optional<TitleReferential> titleReferential(long titleId) {
        return titles.currentVersion(titleId).flatMap(this::titleReferentialOfVersion);
    }

    @Override
    public Optional<TitleReferential> titleReferentialOfVersion(long reVersionId) {
        return titles.version(reVersionId).flatMap(v -> titles.title(v.titleId()).map(t -> new TitleReferential(t, v,
                titles.certificatesOfVersion(v.id()), titles.epreuvesOfVersion(v.id(), null),
                titles.juryTasksOfVersion(v.id(), null))));
    }

    @Override
    public List<EpreuveTemplate> epreuvesOfVersion(long reVersionId, SessionType type) {
        return titles.epreuvesOfVersion(reVersionId, Objects.requireNonNull(type));
    }

    @Override
    public List<JuryTaskTemplate> juryTasksOfVersion(long reVersionId, SessionType type) {
        return titles.juryTasksOfVersion(reVersionId, Objects.requireNonNull(type));
    }

    @Override
    public List<ReVersion> versions(long titleId) {
        return titles.versions(titleId);
    }

    @Override
    @Transactional
    public ImportedTitle importTitle(String filename, byte[] content) {
        return importTitle.importFile(filename, content);
    }

    @Override
    public List<EpreuveTemplate> epreuves(long titleId, SessionType type) {
        return titles.epreuves(titleId, Objects.requireNonNull(type));
    }

    @Override
    public List<JuryTaskTemplate> juryTasks(long titleId, SessionType type) {
        return titles.juryTasks(titleId, Objects.requireNonNull(type));
    }

    @Override
    @Transactional
    public long createTitle(NewTitle title) {
        return createTitle.create(title);
    }
}
