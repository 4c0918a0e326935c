package dev.dibs.engine;

/**
 * The base of every failure a user can act on: a bad annotation, an unreachable database, a
 * refused hazard, a failed migration, a parameter that makes no sense. Its message is complete
 * and safe to print as it is (it names what went wrong, where, and the fix; never a password).
 * The Maven plugin maps this one type to a build failure; anything else is a dibs bug.
 */
public class DibsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DibsException(String message) {
        super(message);
    }

    public DibsException(String message, Throwable cause) {
        super(message, cause);
    }
}
