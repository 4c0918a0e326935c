package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Operator;
import dev.dibs.engine.model.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code operators.sql}: one {@link Operator} a row. */
final class OperatorRows {

    private OperatorRows() {
    }

    static void read(ResultSet rs, List<Operator> out) throws SQLException {
        List<Operator> read = new ArrayList<>();
        while (rs.next()) {
            read.add(new Operator(new QualifiedName(rs.getString("schema_name"), rs.getString("operator_name")),
                    rs.getString("left_type"), rs.getString("right_type"), name(rs, "function"), name(rs, "commutator"),
                    name(rs, "negator"), name(rs, "restrict"), name(rs, "join"), rs.getBoolean("hashes"), rs.getBoolean("merges"),
                    rs.getString("comment")));
        }
        out.addAll(linkedBothWays(read));
    }

    /**
     * The operators with each link on both sides. PostgreSQL links both when an operator names an
     * existing one, but an operator filling in a shell without naming its partner back loses the
     * shell's link (the same declarations, in another order, link both): read as linked both ways, so
     * that the order a plan creates them in is no difference. A partner already linked to another
     * operator keeps its own link.
     */
    static List<Operator> linkedBothWays(List<Operator> operators) {
        Map<String, Operator> bySignature = new LinkedHashMap<>();
        operators.forEach(o -> bySignature.put(o.signature(), o));
        for (Operator o : operators) {
            if (o.commutator() != null && o.leftType() != null) { // a prefix operator has none
                bySignature.computeIfPresent(Operator.signature(o.commutator(), o.rightType(), o.leftType()),
                        (k, p) -> p.commutator() == null && !k.equals(o.signature()) ? p.withLinks(o.name(), p.negator()) : p);
            }
            if (o.negator() != null) {
                bySignature.computeIfPresent(Operator.signature(o.negator(), o.leftType(), o.rightType()),
                        (k, p) -> p.negator() == null && !k.equals(o.signature()) ? p.withLinks(p.commutator(), o.name()) : p);
            }
        }
        return new ArrayList<>(bySignature.values());
    }

    /** {@code <what>_schema} and {@code <what>_name} as one name; null when the row has none. */
    private static QualifiedName name(ResultSet rs, String what) throws SQLException {
        String name = rs.getString(what + "_name");
        return name == null ? null : new QualifiedName(rs.getString(what + "_schema"), name);
    }
}
