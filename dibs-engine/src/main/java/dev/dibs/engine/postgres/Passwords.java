package dev.dibs.engine.postgres;

import java.security.SecureRandom;
import java.util.Base64;

/** Passwords for the servers dibs starts itself, where nobody has to type them. */
public final class Passwords {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** 144 random bits, URL-safe so it survives any URL, file or command line unescaped. */
    public static String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
