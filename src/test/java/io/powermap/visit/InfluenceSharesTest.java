package io.powermap.visit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The planner's influence factor: the share of the account at or below one's decision influence, 0 for none. */
class InfluenceSharesTest {

    @Test
    void theMostInfluentialScoresOneNoInfluenceScoresZeroAndTiesShareTheirLevel() {
        assertArrayEquals(new double[] {0, 0, 1.0, 0.8, 0.8}, Planner.influenceShares(new double[] {0, 0, 0.5, 0.25, 0.25}), 1e-15);
        // The least influential person with some influence is still proposed (a mid-rank percentile gave 0).
        assertArrayEquals(new double[] {1 / 3.0, 2 / 3.0, 1.0}, Planner.influenceShares(new double[] {0.1, 0.3, 0.6}), 1e-15);
    }

    @Test
    void aPersonAloneInTheAccountHoldsAllOfIt() {
        assertArrayEquals(new double[] {1.0}, Planner.influenceShares(new double[] {1.0}), 0);
        assertArrayEquals(new double[] {0.0}, Planner.influenceShares(new double[] {0.0}), 0);
        assertArrayEquals(new double[0], Planner.influenceShares(new double[0]), 0);
    }
}
