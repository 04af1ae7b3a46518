package org.priorart.bench.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.error.UserInputException;

/** The growth exponent, the extrapolations, the derived vectors and the settings' checks. */
class TestGrowthEstimate {

    @Test
    void theExponentOfAPowerLaw() {
        assertEquals(1.0, GrowthEstimate.exponent(10, 5, 100, 50), 1e-9, "linear");
        assertEquals(0.5, GrowthEstimate.exponent(100, 2, 10_000, 20), 1e-9, "square root");
        assertEquals(0.0, GrowthEstimate.exponent(10, 3, 1000, 3), 1e-9, "flat");
        assertTrue(Double.isNaN(GrowthEstimate.exponent(10, 0, 100, 5)));
    }

    @Test
    void whereALatencyReachesItsBudget() {
        assertEquals(1e6, GrowthEstimate.sizeAt(1e5, 100, 1.0, 1000), 1e-3, "linear: ten times the latency at ten times the size");
        assertEquals(1e7, GrowthEstimate.sizeAt(1e5, 100, 0.5, 1000), 1e-1);
        assertEquals(5e4, GrowthEstimate.sizeAt(5e4, 2000, 1.0, 1000), "already over budget: here");
        assertTrue(Double.isInfinite(GrowthEstimate.sizeAt(1e5, 100, 0, 1000)), "flat never gets there");
        assertEquals(2e6, GrowthEstimate.sizeFitting(1e9, 500), 1e-6);
        assertEquals("2.0 M", GrowthEstimate.count(2e6));
        assertEquals("350 k", GrowthEstimate.count(350_000));
        assertEquals("999.0 M", GrowthEstimate.count(999e6));
        assertEquals("beyond 1,000 M", GrowthEstimate.count(9.6e11), "not '960000.0 M'");
    }

    @Test
    void derivedVectorsAreUnitLengthNearTheirRealOneAndRepeatable() {
        List<float[]> real = new ArrayList<>();
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int i = 0; i < 10; i++) {
            float[] v = new float[384];
            double n = 0;
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) r.nextGaussian();
                n += v[d] * v[d];
            }
            for (int d = 0; d < v.length; d++) {
                v[d] /= (float) Math.sqrt(n);
            }
            real.add(v);
        }
        NoisyVectors noisy = new NoisyVectors(real, 0.3, 1);
        double sum = 0;
        for (int i = 0; i < 200; i++) {
            float[] v = noisy.vector(i);
            assertEquals(1.0, dot(v, v), 1e-4);
            sum += dot(v, real.get(i % 10));
        }
        assertEquals(noisy.expectedCosine(), sum / 200, 0.01);
        assertEquals(dot(noisy.vector(42), noisy.vector(42)), dot(noisy.vector(42), new NoisyVectors(real, 0.3, 1).vector(42)), 1e-6);
        assertTrue(dot(noisy.vector(0), noisy.vector(10)) < 0.99, "two replicas of one real vector differ");
    }

    @Test
    void sizesMustAscend() {
        UserInputException e = assertThrows(UserInputException.class, () -> new GrowthSettings(List.of(100L, 10L), List.of(), 1, 1, 0,
                1, 0.3, 1, 1, 1000, false, 1, false, Path.of("."), null));
        assertTrue(e.getMessage().contains("--sizes must be ascending"), e.getMessage());
        assertEquals(List.of(), new GrowthSettings(List.of(0L), List.of(0L), 1, 1, 0, 1, 0.3, 1, 1, 1000, false, 1, false, Path.of("."), null)
                .sizes(), "0 skips a side");
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
