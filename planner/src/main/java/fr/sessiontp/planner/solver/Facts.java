package fr.sessiontp.planner.solver;

import java.util.BitSet;

/** Problem facts of the Timefold model. They never reference planning entities (ids only). */
public final class Facts {
    private Facts() {
    }

    /** Calendar settings shared by every sitting. */
    public record Settings(int dayStart, int dayEnd, int juryDayEnd, int lunchStart, int lunchEnd,
                           int granularity, int changeover) {
        public boolean overLunch(int start, int end) {
            return lunchStart >= 0 && start < lunchEnd && end > lunchStart;
        }
    }

    public record RoomFact(int index, String id, String kind, int capacity, boolean confidential) {
    }

    /** A surveillant; {@link #NONE} stands for "no surveillant" (sittings held with the jury). */
    public record SurveillantFact(int index, String id, boolean responsable, BitSet trainees) {
        public static final SurveillantFact NONE = new SurveillantFact(-1, null, false, new BitSet());

        public boolean none() {
            return index < 0;
        }

        /** S4: whether this surveillant trained one of the candidates. */
        public boolean trainsAnyOf(BitSet candidates) {
            return trainees.intersects(candidates);
        }
    }

    public record JuryMemberFact(int index, String id, BitSet unavailableDays) {
    }

    /** A present candidate; {@code linkedMembers} are jury member indices (S3). */
    public record CandidateFact(int index, String id, BitSet linkedMembers) {
    }

    public enum PrecedenceKind {
        /** An épreuve's {@code after}. */
        EPREUVE_AFTER_EPREUVE,
        /** An épreuve's {@code afterJuryTasks}. */
        EPREUVE_AFTER_TASK,
        /** A task's {@code afterEpreuves}. */
        TASK_AFTER_EPREUVE,
        /** A task's {@code beforeEpreuves}. */
        TASK_BEFORE_EPREUVE
    }

    /** Sitting {@code beforeId} must end before sitting {@code afterId} starts (constraint 7). */
    public record Precedence(String beforeId, String afterId, PrecedenceKind kind) {
    }
}
