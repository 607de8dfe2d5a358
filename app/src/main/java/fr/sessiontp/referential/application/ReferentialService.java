package fr.sessiontp.referential.application;

import fr.sessiontp.referential.EpreuveTemplate;
import fr.sessiontp.referential.JuryTaskTemplate;
import fr.sessiontp.referential.NewTitle;
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

    ReferentialService(TitleRepository titles, CreateTitle createTitle) {
        this.titles = titles;
        this.createTitle = createTitle;
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
        return titles.title(titleId).map(t -> new TitleReferential(t, titles.certificates(titleId),
                titles.epreuves(titleId, null), titles.juryTasks(titleId, null)));
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
