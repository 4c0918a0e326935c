package dev.dibs.engine.model;

import java.util.Objects;

/**
 * An operator ({@code CREATE OPERATOR}), known by its schema, its name (a symbol such as {@code ~<<})
 * and its operand types, as PostgreSQL tells operators apart. Every name and type is as PostgreSQL
 * prints it under the inspection's {@code search_path} ({@code pg_catalog}): user types qualified.
 *
 * @param name       its schema and symbol
 * @param leftType   {@code format_type} of the left operand; null for a prefix operator ({@code NONE})
 * @param rightType  {@code format_type} of the right operand
 * @param function   the function it calls, whose argument types are the operand types
 *                   ({@link #functionArguments()}): PostgreSQL looks it up by exactly those
 * @param commutator the operator {@code a op b} equals {@code b commutator a} for (its operand types
 *                   are this one's swapped), null when none
 * @param negator    the operator that is this one's negation (same operand types), null when none
 * @param restrict   the restriction selectivity estimator, null when none
 * @param join       the join selectivity estimator, null when none
 * @param hashes     whether it can be used in a hash join
 * @param merges     whether it can be used in a merge join
 * @param comment    null when absent
 */
public record Operator(QualifiedName name, String leftType, String rightType, QualifiedName function, QualifiedName commutator,
                       QualifiedName negator, QualifiedName restrict, QualifiedName join, boolean hashes, boolean merges,
                       String comment) {

    public Operator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rightType, "rightType");
        Objects.requireNonNull(function, "function");
    }

    /** {@code schema.~<<(text, text)}, {@code NONE} for a prefix operator's left type: its key in a plan and its words. */
    public String signature() {
        return signature(name, leftType, rightType);
    }

    /** The {@link #signature()} of operator {@code name(left, right)}: how a commutator or negator is found. */
    public static String signature(QualifiedName name, String left, String right) {
        return name + "(" + (left == null ? "NONE" : left) + ", " + right + ")";
    }

    /**
     * The function's input argument types as {@code oidvectortypes} prints them ({@link Routine#argumentTypes()}):
     * the operand types, without {@code NONE}. With {@link #function()}, the overload it calls.
     */
    public String functionArguments() {
        return leftType == null ? rightType : leftType + ", " + rightType;
    }

    /** This operator with other links (its commutator and negator): what PostgreSQL changes when a partner comes or goes. */
    public Operator withLinks(QualifiedName newCommutator, QualifiedName newNegator) {
        return new Operator(name, leftType, rightType, function, newCommutator, newNegator, restrict, join, hashes, merges, comment);
    }

    public Operator withComment(String newComment) {
        return new Operator(name, leftType, rightType, function, commutator, negator, restrict, join, hashes, merges, newComment);
    }

    /** This operator with {@code to}'s estimators and join flags (links the same): what {@code ALTER OPERATOR … SET} changes. */
    public Operator altered(Operator to) {
        return new Operator(name, leftType, rightType, function, to.commutator, to.negator, to.restrict, to.join, to.hashes, to.merges,
                comment);
    }
}
