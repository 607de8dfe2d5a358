package fr.sessiontp.results.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CeresFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+33 6", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20A"})
    void A1_aValueAFormulaWouldStartWithIsNeutralisedByAnApostrophe(String value) {
        assertThat(CeresFormats.text(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DUPONT", "Anne-Marie", "O'BRIEN", "É-1", ""})
    void A1_ordinaryValuesAreWrittenAsTheyAre(String value) {
        assertThat(CeresFormats.text(value)).isEqualTo(value);
    }
}
