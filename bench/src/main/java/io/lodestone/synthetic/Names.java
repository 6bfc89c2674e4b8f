package io.lodestone.synthetic;

import java.util.List;
import java.util.Locale;

/**
 * Pronounceable names as pure functions of seed and index, so that a relationship can name a
 * firm or person without the generator keeping every name in memory.
 */
final class Names {

    private static final List<String> SYLLABLES = List.of("ka", "lo", "mer", "vo", "ta", "ri", "sen", "dra", "bel",
            "mo", "ra", "zan", "tor", "vi", "lan", "quo", "ne", "sti", "pa", "gor", "hal", "ven", "di", "xa", "cor",
            "ul", "fen", "ba", "ro", "thi");
    private static final List<String> FIRM_SUFFIXES = List.of("Resources", "Metals", "Mining", "Technologies",
            "Materials", "Holdings", "Industries", "Semiconductor", "Energy", "Trading", "Minerals", "Electronics");
    private static final List<String> FIRST_NAMES = List.of("Anna", "Minh", "Lars", "Mei", "Carlos", "Amara",
            "Jonas", "Yuki", "Priya", "Omar", "Elena", "Kwame", "Sofia", "Hiro", "Lea", "Tariq", "Ines", "Ivan",
            "Nadia", "Pedro");

    private final long seed;

    Names(long seed) {
        this.seed = seed;
    }

    String place(int index) {
        long h = hash(1, index);
        return capitalise(word(h, 2 + (int) (h >>> 60 & 1)));
    }

    String firm(int index) {
        long h = hash(2, index);
        return capitalise(word(h, 2 + (int) (h >>> 60 & 1))) + " " + FIRM_SUFFIXES.get(Math.floorMod(h >>> 40, FIRM_SUFFIXES.size()));
    }

    String person(int index) {
        long h = hash(3, index);
        return FIRST_NAMES.get(Math.floorMod(h >>> 40, FIRST_NAMES.size())) + " " + capitalise(word(h, 3));
    }

    /** Lower-case kebab-case, for the key part of an id. */
    static String kebab(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String word(long h, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES.get(Math.floorMod(h >>> (i * 8), SYLLABLES.size())));
        }
        return word.toString();
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** SplitMix64's finaliser over seed, kind and index: well spread, and the same on every JVM. */
    private long hash(int kind, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
