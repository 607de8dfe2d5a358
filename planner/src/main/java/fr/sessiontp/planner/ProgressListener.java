package fr.sessiontp.planner;

import fr.sessiontp.planner.format.Solution.Metrics;

/** Receives each new best solution during a run (called on the solving thread; keep it quick). */
@FunctionalInterface
public interface ProgressListener {

    /** @param metrics best metrics so far; feasible: whether that solution breaks no hard constraint */
    void onProgress(Metrics metrics, boolean feasible, long elapsedMillis);

    ProgressListener NONE = (m, f, e) -> {
    };
}
