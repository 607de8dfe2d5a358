package fr.sessiontp.planning.application;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.SolutionReader;
import fr.sessiontp.planning.Deroules;
import fr.sessiontp.planning.persistence.DerouleRepository;
import fr.sessiontp.planning.persistence.DerouleRepository.StoredDeroule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Deroules} on the stored déroulé: the planner's ids are mapped back the way {@link ProblemBuilder} made them
 * ({@code C<candidate id>}, {@code J<jury member id>}, {@code S<proctor id>}).
 */
@Service
class DerouleSittings implements Deroules {

    private final DerouleRepository repository;

    DerouleSittings(DerouleRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Sitting> sittings(long sessionId) {
        Optional<StoredDeroule> stored = repository.find(sessionId);
        if (stored.isEmpty() || stored.get().solutionJson() == null || stored.get().problemJson() == null) {
            return List.of();
        }
        Problem problem = ProblemJson.read(stored.get().problemJson());
        Solution solution = new SolutionReader().read(stored.get().solutionJson()).value();
        if (solution == null) {
            return List.of();
        }
        List<Solution.Sitting> epreuves = solution.sittings().stream()
                .filter(s -> s.type() == Solution.SittingType.EPREUVE)
                .sorted(Comparator.comparing(Solution.Sitting::day).thenComparingInt(Solution.Sitting::start)
                        .thenComparing(Solution.Sitting::room).thenComparing(Solution.Sitting::epreuve))
                .toList();
        List<Sitting> result = new ArrayList<>();
        for (Solution.Sitting s : epreuves) {
            Problem.Epreuve e = problem.epreuve(s.epreuve());
            result.add(new Sitting(result.size() + 1, s.epreuve(), e == null ? s.epreuve() : e.label(),
                    LocalDate.parse(s.day()), time(s.start()), time(s.end()), s.room(),
                    s.candidates().stream().map(DerouleSittings::id).toList(),
                    s.surveillant() == null ? null : id(s.surveillant()),
                    s.jury().stream().map(DerouleSittings::id).toList()));
        }
        return List.copyOf(result);
    }

    private static LocalTime time(int minutes) {
        return LocalTime.of(minutes / 60 % 24, minutes % 60);
    }

    /** {@code C12} → 12: the application id behind a planner id. */
    private static Long id(String plannerId) {
        return Long.parseLong(plannerId.substring(1));
    }
}
