package dev.dibs.engine.solve;

/** Postgres would reject this change in the current state of the virtual schema. */
public abstract sealed class SimulationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SimulationException(String message) {
        super(message, null, false, false);
    }

    /** Something of that name is already there. */
    public static final class AlreadyExists extends SimulationException {
        private static final long serialVersionUID = 1L;

        AlreadyExists(String what) {
            super(what + " already exists");
        }
    }

    /** Something the change needs is not there (yet). */
    public static final class NotExists extends SimulationException {
        private static final long serialVersionUID = 1L;

        NotExists(String what) {
            super(what + " does not exist");
        }
    }

    /** Something still depends on what the change removes. */
    public static final class DependencyViolation extends SimulationException {
        private static final long serialVersionUID = 1L;

        DependencyViolation(String what) {
            super(what);
        }
    }
}
