package dev.dibs.engine.importer;

import java.util.List;

/**
 * An object of the managed schemas using one in a schema outside them that is neither PostgreSQL's
 * nor an extension's (a column of a type there, a default calling its function): {@code dibs:import}
 * refuses it, since a database built from the project would lack what it uses.
 *
 * @param user       the object using it, as PostgreSQL identifies it, e.g. "table column public.f1.a"
 * @param used       the object used, e.g. "type other.addr"
 * @param usedSchema the schema of the object used
 */
public record OutsideUse(String user, String used, String usedSchema) {

    /** The refusal, naming both objects and the way out. */
    String refusal(List<String> schemas) {
        return user + " uses " + used + ", in schema " + usedSchema + " outside schemas (now " + String.join(", ", schemas)
                + "): a database built from the project would lack it. Add " + usedSchema + " to schemas to import both,"
                + " or move " + used + " into a managed schema.";
    }
}
