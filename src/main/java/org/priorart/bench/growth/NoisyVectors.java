package org.priorart.bench.growth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Vectors derived from real ones: vector {@code i} is real vector {@code i mod n} plus gaussian
 * noise of expected length {@code noise}, renormalized to unit length (its cosine to the real one is
 * then about {@code 1 / sqrt(1 + noise^2)}). Vector {@code i} depends only on the seed and {@code i}.
 */
public final class NoisyVectors {

    private final List<float[]> real;
    private final double noise;
    private final long seed;

    public NoisyVectors(List<float[]> real, double noise, long seed) {
        if (real.isEmpty()) {
            throw new IllegalArgumentException("no real vectors to derive from");
        }
        this.real = real;
        this.noise = noise;
        this.seed = seed;
    }

    public float[] vector(long i) {
        float[] base = real.get((int) (i % real.size()));
        SplittableRandom rnd = new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + i);
        double scale = noise / Math.sqrt(base.length);
        float[] v = new float[base.length];
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) (base[d] + scale * gaussian(rnd));
            norm += v[d] * (double) v[d];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= inv;
        }
        return v;
    }

    /** The expected cosine between a derived vector and its real one. */
    public double expectedCosine() {
        return 1 / Math.sqrt(1 + noise * noise);
    }

    /** A standard normal draw (Box-Muller; SplittableRandom has none). */
    private static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }
}
