package dev.dibs.engine.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Strings drawn from an alphabet, for tests that hold a hand-written check to the code it replaces. */
public final class RandomStrings {

    private RandomStrings() {
    }

    /** {@code count} strings of 0 to {@code maxLength - 1} characters of {@code alphabet}, the same for the same seed. */
    public static List<String> of(String alphabet, int count, int maxLength, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(maxLength); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(s.toString());
        }
        return out;
    }
}
