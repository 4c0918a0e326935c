package dev.dibs.engine.importer;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.inspect.Extension;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.model.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dibs:import} from an inspected database: the Java records and enums of its tables and
 * enum types ({@link RecordWriter}) and the {@code dibs/*.sql} files of everything else
 * ({@link SqlFileWriter}), such that loading them back gives the same schema. Whatever neither can
 * declare is refused, every such object named, before a file is produced; objects dibs leaves alone
 * on every database (privileges, tablespaces, objects of the whole database) are warnings.
 */
public final class DatabaseImport {

    private DatabaseImport() {
    }

    /**
     * @param inspection  the database, inspected in the schemas to import
     * @param javaPackage the package of the records and enums
     * @param database    the database as messages name it (no password)
     * @throws ImportRefusedException when something cannot be declared (every such thing of the database,
     *                                records and SQL files alike, in one failure), or there is nothing to import
     */
    public static ImportResult of(Inspection inspection, String javaPackage, String database) {
        return of(inspection, List.of(), javaPackage, database);
    }

    /**
     * As above, refusing besides each use of an object in a schema outside the managed ones
     * ({@link OutsideUse}, read from the same database).
     */
    public static ImportResult of(Inspection inspection, List<OutsideUse> outsideUses, String javaPackage, String database) {
        Schema schema = SerialSequences.declaredApart(inspection.schema());
        List<String> warnings = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (NotManaged note : inspection.notManaged()) {
            if (NotImported.warnedOnly(note)) {
                warnings.add(NotImported.warning(note));
            } else {
                refused.add(NotImported.refused(note));
            }
        }
        refused.addAll(NotImported.matchFull(inspection.fingerprints()));
        outsideUses.forEach(u -> refused.add(u.refusal(schema.namespaces())));
        List<ImportedFile> files = new ArrayList<>();
        if (!schema.tables().isEmpty() || !schema.enums().isEmpty()) { // no tables nor enums: no Java to write
            // what records cannot say joins the rest: one failure lists every problem of the database
            files.addAll(RecordWriter.write(schema, javaPackage, warnings, refused));
        }
        if (!refused.isEmpty()) {
            throw new ImportRefusedException(refusal(refused, database, schema.namespaces()), refused);
        }
        if (isEmpty(schema)) {
            throw new ImportRefusedException("dibs:import found nothing to import in " + database + ": schemas "
                    + String.join(", ", schema.namespaces()) + " hold no table, enum type, view, function or other object."
                    + " Fix: point url at the database to import, and schemas (dibs.schemas) at the schemas its objects are in.",
                    List.of());
        }
        for (Extension e : inspection.extensions()) {
            if (!schema.namespaces().contains(e.schema())) {
                warnings.add("not imported: extension " + e.name() + " in schema " + e.schema() + ", outside the managed schemas:"
                        + " dibs expects it on every database it works on (it creates it in its scratch database as this one"
                        + " has it), so create it on new databases yourself, or install it in a managed schema and import again.");
            }
        }
        files.addAll(SqlFileWriter.write(schema));
        return new ImportResult(files, warnings);
    }

    private static String refusal(List<String> refused, String database, List<String> schemas) {
        StringBuilder b = new StringBuilder("dibs:import cannot declare ").append(refused.size())
                .append(refused.size() == 1 ? " object" : " objects").append(" of ").append(database)
                .append(" in Java records or dibs/*.sql files; nothing was written:");
        for (int i = 0; i < refused.size(); i++) {
            b.append("\n  ").append(i + 1).append(". ").append(Printable.escape(refused.get(i))); // names from the database
        }
        return b.append("\nFix: drop or change these objects in the database (a comment: COMMENT ON … IS NULL), or leave"
                + " their schema out of schemas (now ").append(String.join(", ", schemas)).append("), then import again:")
                .append(" a project without them would build databases that lack them.").toString();
    }

    private static boolean isEmpty(Schema s) {
        return s.tables().isEmpty() && s.enums().isEmpty() && s.extensions().isEmpty() && s.sequences().isEmpty()
                && s.domains().isEmpty() && s.routines().isEmpty() && s.triggers().isEmpty() && s.views().isEmpty()
                && s.materializedViews().isEmpty() && s.policies().isEmpty() && s.operators().isEmpty()
                && s.collations().isEmpty();
    }
}
