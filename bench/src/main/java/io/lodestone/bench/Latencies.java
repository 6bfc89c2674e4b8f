package io.lodestone.bench;

import java.util.Arrays;

/** Measured durations of one kind of request, in nanoseconds, and the failures among them. */
record Latencies(long[] nanos, int failures) {

    static Latencies of(long[] nanos, int failures) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted, failures);
    }

    int count() {
        return nanos.length;
    }

    /** Nearest-rank percentile in milliseconds. */
    double millis(double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * nanos.length);
        return nanos[Math.max(0, rank - 1)] / 1e6;
    }

    double p50() {
        return millis(50);
    }

    double p99() {
        return millis(99);
    }

    double max() {
        return millis(100);
    }
}
