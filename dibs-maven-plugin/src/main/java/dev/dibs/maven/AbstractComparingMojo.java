package dev.dibs.maven;

import dev.dibs.engine.ops.DatabaseComparison;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.ops.Background;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.postgres.ConnectionInfo;
import java.util.List;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Goals that compare the database with a desired state: the Java schema, or — with
 * {@code referenceUrl} — another database ("is production what staging is?").
 */
public abstract class AbstractComparingMojo extends AbstractDibsMojo {

    /** JDBC URL of a database to use as the desired state instead of the Java schema. */
    @Parameter(property = "dibs.referenceUrl")
    protected String referenceUrl;

    /** User for {@code referenceUrl}. */
    @Parameter(property = "dibs.referenceUser")
    protected String referenceUser;

    /** Password for {@code referenceUrl}; never printed. */
    @Parameter(property = "dibs.referencePassword")
    protected String referencePassword;

    /** A settings.xml {@code <server>} holding the reference database's credentials. */
    @Parameter(property = "dibs.referenceServerId")
    protected String referenceServerId;

    protected AbstractComparingMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void validate(Parameters parameters) {
        super.validate(parameters);
        parameters.jdbcUrl("referenceUrl", referenceUrl).serverId("referenceServerId", referenceServerId, settings);
    }

    /** Whether the desired state is another database rather than the Java schema. */
    protected boolean comparesWithReference() {
        return referenceUrl != null && !referenceUrl.isBlank();
    }

    /** The comparison of the open database with the desired state. */
    protected DriftReport compare(Database db) throws MojoExecutionException, MojoFailureException {
        if (comparesWithReference()) {
            ConnectionInfo reference = Credentials.resolve(referenceUrl, referenceUser, referencePassword, referenceServerId,
                    settings, decrypter()).checked().connectionInfo();
            getLog().info("dibs: desired state: the reference database " + reference.describe());
            return DatabaseComparison.compare(db.info(), reference, schemaList(), planOptions(), scratchServers(),
                    historyTables());
        }
        // The report carries the Java schema's warnings, and the goals print the report's: read
        // the schema without printing them, or each would show twice. It is read while the database
        // is and the scratch server starts.
        try (Background<LoadedSchema> reading = startReadingIntent()) {
            // the Java schema's schemas are the configured ones, sorted (and those its classes name, which must be configured)
            return DriftDetector.detect(reading::get, List.copyOf(new TreeSet<>(schemaList())), db.info(), scratchServers(),
                    planOptions(),
                    historyTables());
        }
    }
}
