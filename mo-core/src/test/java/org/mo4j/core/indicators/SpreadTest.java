package org.mo4j.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mo4j.core.indicators.Messages.rejection;

import org.junit.jupiter.api.Test;

class SpreadTest {

    private static final double TOL = 1e-12;
    private static final double[][] LINE = {{0, 1}, {1, 0}};

    @Test
    void generalisedSpreadOfAnEvenFrontThroughTheExtremesIsZero() {
        // nearest-neighbour distances all sqrt(0.5), no deviation, both extremes on the front
        assertEquals(0, Spread.of(new double[][] {{0, 1}, {0.5, 0.5}, {1, 0}}, LINE), TOL);
    }

    @Test
    void generalisedSpreadOfAnUnevenFront() {
        // u = sqrt(2): nearest distances 0.25u, 0.25u, 0.75u; mean 1.25u/3;
        // deviations (1/6 + 1/6 + 1/3)u = (2/3)u; extremes (1,0) and (0,1) lie on the front
        // Δ = (2/3)u / (3 · 1.25u/3) = (2/3) / 1.25 = 8/15
        assertEquals(8.0 / 15, Spread.of(new double[][] {{0, 1}, {0.25, 0.75}, {1, 0}}, LINE), TOL);
    }

    @Test
    void generalisedSpreadCountsTheDistanceToAMissedExtreme() {
        // s = sqrt(0.5): nearest distances s, s, mean s, no deviation; extreme of f1 is (1,0),
        // at distance s from (0.5,0.5); extreme of f2 is (0,1), on the front. Δ = s / (s + 2s)
        assertEquals(1.0 / 3, Spread.of(new double[][] {{0, 1}, {0.5, 0.5}}, LINE), TOL);
    }

    @Test
    void generalisedSpreadWorksForThreeObjectives() {
        double[][] simplex = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        // the front is the three extremes themselves: all nearest distances sqrt(2), Δ = 0
        assertEquals(0, Spread.of(simplex, simplex), TOL);
    }

    @Test
    void debSpreadOfAnUnevenFrontThroughTheExtremes() {
        // u = sqrt(2): gaps 0.25u and 0.75u, mean 0.5u, deviations 0.5u, d_f = d_l = 0
        // Δ = 0.5u / (2 · 0.5u) = 0.5
        assertEquals(0.5, Spread.deb(new double[][] {{1, 0}, {0.25, 0.75}, {0, 1}}, LINE), TOL);
    }

    @Test
    void debSpreadCountsTheDistanceToTheReferenceExtremes() {
        // u = sqrt(2): d_f = |(0.25,0.75) − (0,1)| = 0.25u, d_l = 0, one gap 0.75u, no deviation
        // Δ = 0.25u / (0.25u + 0.75u) = 0.25
        assertEquals(0.25, Spread.deb(new double[][] {{0.25, 0.75}, {1, 0}}, LINE), TOL);
    }

    @Test
    void fewerThanTwoOrIdenticalPointsHaveSpreadOne() {
        assertEquals(1, Spread.of(new double[][] {{0.5, 0.5}}, LINE));
        assertEquals(1, Spread.of(new double[][] {{0.5, 0.5}, {0.5, 0.5}}, LINE));
        assertEquals(1, Spread.deb(new double[][] {{0.5, 0.5}}, LINE));
        // the 0/0 case: every point on the single reference point
        assertEquals(1, Spread.deb(new double[][] {{0, 1}, {0, 1}}, new double[][] {{0, 1}}));
        assertEquals(1, Spread.of(new double[][] {{0, 1}, {0, 1}}, new double[][] {{0, 1}}));
    }

    @Test
    void rejectsInvalidInputNamingTheArgument() {
        double[][] three = {{0, 1, 2}};
        assertEquals(
                "referenceFront must have exactly 2 objectives for Deb's spread, had 3",
                rejection(() -> Spread.deb(three, three)));
        assertEquals(
                "referenceFront must have at least 2 objectives, had 1",
                rejection(() -> Spread.of(new double[][] {{1}}, new double[][] {{1}})));
        assertEquals(
                "front has 3 objectives but referenceFront has 2 (dimension mismatch)",
                rejection(() -> Spread.of(three, LINE)));
        assertEquals(
                "front must contain at least one point, was empty", rejection(() -> Spread.deb(new double[0][], LINE)));
        assertEquals("referenceFront must not be null", rejection(() -> Spread.of(LINE, null)));
    }
}
