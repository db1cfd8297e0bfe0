package io.cxpulse.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpsClassTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void detractorIsZeroToSix(int score) {
        assertEquals(NpsClass.DETRACTOR, NpsClass.of(score));
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8})
    void passiveIsSevenAndEight(int score) {
        assertEquals(NpsClass.PASSIVE, NpsClass.of(score));
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 10})
    void promoterIsNineAndTen(int score) {
        assertEquals(NpsClass.PROMOTER, NpsClass.of(score));
    }

    @Test
    void minusOneIsNotAnAnswer() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> NpsClass.of(-1));
        assertEquals("NPS answers are 0-10, got -1", e.getMessage());
    }

    @Test
    void elevenIsNotAnAnswer() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> NpsClass.of(11));
        assertEquals("NPS answers are 0-10, got 11", e.getMessage());
    }

    @Test
    void labelsAreLowerCase() {
        assertEquals("promoter", NpsClass.PROMOTER.label());
        assertEquals("passive", NpsClass.PASSIVE.label());
        assertEquals("detractor", NpsClass.DETRACTOR.label());
    }
}
