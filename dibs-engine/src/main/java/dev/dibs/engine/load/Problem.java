package dev.dibs.engine.load;

/**
 * One mistake in the Java schema: where it is ({@code com.acme.User.email}, or the class), what is
 * wrong, and how to fix it.
 */
public record Problem(String where, String message, String fix) {

    @Override
    public String toString() {
        return where + ": " + message + (fix == null || fix.isEmpty() ? "" : " Fix: " + fix);
    }
}
