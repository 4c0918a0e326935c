package dev.dibs.processing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The checksum of a migration's source: lowercase hex SHA-256 of its text encoded as UTF-8, with
 * {@code \r\n} and {@code \r} normalised to {@code \n} so that a checkout on Windows does not make
 * an applied migration look changed. Public for dibs:baseline, which records a migration it has
 * just written before javac sees it, and must record the checksum the processor will compute.
 */
public final class SourceChecksum {
    private SourceChecksum() {
    }

    /** The checksum of {@code text}, or {@code null} when there is no text. */
    public static String of(CharSequence text) {
        if (text == null) {
            return null;
        }
        String normalised = text.toString().replace("\r\n", "\n").replace('\r', '\n');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(impossible);
        }
    }
}
