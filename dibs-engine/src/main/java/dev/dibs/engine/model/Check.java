package dev.dibs.engine.model;

import java.util.Objects;

/**
 * A check constraint: its name and boolean expression. {@code validated} is false for a check
 * added {@code NOT VALID} and not validated since. {@code enforced} is false for PostgreSQL 18's
 * {@code NOT ENFORCED}, which PostgreSQL never validates either. {@code noInherit} is {@code NO INHERIT}:
 * the check binds this table only, not its inheritance children.
 */
public record Check(String name, String expression, boolean validated, boolean enforced, boolean noInherit) {

    /** A validated check. */
    public Check(String name, String expression) {
        this(name, expression, true, true, false);
    }

    /** An enforced check. */
    public Check(String name, String expression, boolean validated) {
        this(name, expression, validated, true, false);
    }

    /** A check that child tables inherit. */
    public Check(String name, String expression, boolean validated, boolean enforced) {
        this(name, expression, validated, enforced, false);
    }

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
        validated = validated && enforced;
    }

    /** {@code CHECK (expression)}, then {@code NO INHERIT}, then {@code NOT ENFORCED} or {@code NOT VALID} when it applies. */
    public String definition() {
        return "CHECK (" + expression + ")" + (noInherit ? " NO INHERIT" : "")
                + (!enforced ? " NOT ENFORCED" : validated ? "" : " NOT VALID");
    }

    /** The same check, validated (an enforced one: PostgreSQL validates no other). */
    public Check asValidated() {
        return new Check(name, expression, true, enforced, noInherit);
    }

    /** The same check, {@code NOT VALID}. */
    public Check asNotValid() {
        return new Check(name, expression, false, enforced, noInherit);
    }

    /**
     * Whether this check, as a database has it, is what {@code wanted} asks: equal, or validated where
     * {@code wanted} is {@code NOT VALID} (it promises all that one does and more).
     */
    public boolean satisfies(Check wanted) {
        return equals(wanted) || validated && wanted.enforced && !wanted.validated && asNotValid().equals(wanted);
    }

    /** The same check under another name or expression. */
    public Check with(String newName, String newExpression) {
        return new Check(newName, newExpression, validated, enforced, noInherit);
    }
}
