package fr.sessiontp.evaluation.domain;

import java.util.List;
import java.util.Map;

/**
 * The synthesis grid of one candidate (D3): for each certificate in scope, each competence mastered, not mastered, or
 * not yet filled in ({@code null}).
 */
public record SynthesisGrid(List<Block> blocks) {

    public SynthesisGrid {
        blocks = List.copyOf(blocks);
    }

    /** A certificate (CCP or CCS) and its competences, with the jury's answer per competence id. */
    public record Block(String code, String name, List<Line> lines) {
        public Block {
            lines = List.copyOf(lines);
        }

        public boolean complete() {
            return lines.stream().allMatch(l -> l.mastered() != null);
        }

        /** Reading of the RE retained here: a certificate is awarded when every one of its competences is mastered. */
        public boolean awarded() {
            return !lines.isEmpty() && lines.stream().allMatch(l -> Boolean.TRUE.equals(l.mastered()));
        }
    }

    public record Line(long competenceId, String label, Boolean mastered) {
    }

    public static SynthesisGrid of(List<Block> blocks) {
        return new SynthesisGrid(blocks);
    }

    public boolean complete() {
        return blocks.stream().allMatch(Block::complete);
    }

    public long missing() {
        return blocks.stream().flatMap(b -> b.lines().stream()).filter(l -> l.mastered() == null).count();
    }

    public List<String> awardedCodes() {
        return blocks.stream().filter(Block::awarded).map(Block::code).toList();
    }

    /** Answers by competence id, for forms. */
    public Map<Long, Boolean> answers() {
        Map<Long, Boolean> answers = new java.util.HashMap<>();
        blocks.forEach(b -> b.lines().forEach(l -> answers.put(l.competenceId(), l.mastered())));
        return answers;
    }
}
