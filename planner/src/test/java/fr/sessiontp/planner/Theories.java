package fr.sessiontp.planner;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Property tests with QuickTheories: generated inputs, shrinking of a failing input to a smallest one, and a fixed seed
 * ({@value #SEED}) so that every run, in CI too, tries the same inputs. A failure prints "Seed was N"; to replay it or
 * try other inputs, run with {@code -DQT_SEED=N}.
 */
public final class Theories {

    public static final long SEED = 20261128L;

    private Theories() {
    }

    /** A theory over {@code examples} generated inputs, with at most {@code shrinkCycles} steps to shrink a failure. */
    public static QuickTheory qt(int examples, int shrinkCycles) {
        QuickTheory theory = QuickTheory.qt().withExamples(examples).withShrinkCycles(shrinkCycles);
        return System.getProperty("QT_SEED") == null ? theory.withFixedSeed(SEED) : theory;
    }

    /** One of these values (null allowed). */
    @SafeVarargs
    public static <T> Gen<T> oneOfValues(T... values) {
        return Generate.pick(Arrays.asList(values));
    }

    /** Strings of {@code min} to {@code max} characters taken from {@code alphabet}. */
    public static Gen<String> strings(String alphabet, int min, int max) {
        List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).toList();
        return SourceDSL.lists().of(Generate.pick(chars)).ofSizeBetween(min, max).map(list -> {
            StringBuilder text = new StringBuilder();
            list.forEach(text::append);
            return text.toString();
        });
    }

    /** Printable ASCII strings, space to tilde. */
    public static Gen<String> printable(int max) {
        return SourceDSL.strings().betweenCodePoints(' ', '~').ofLengthBetween(0, max);
    }

    /** Any strings of the basic multilingual plane (accents, control characters, other scripts). */
    public static Gen<String> anyStrings(int max) {
        return SourceDSL.strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, max);
    }

    /** A check that may throw a checked exception (MockMvc, Jackson...). */
    public interface Check<T> {
        void accept(T value) throws Exception;
    }

    public static <T> Consumer<T> checking(Check<T> check) {
        return value -> {
            try {
                check.accept(value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
