package dev.dibs.bench;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.render.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Fleet throughput, as a user launches it: {@code mvn dibs:migrate -Ddibs.targetsFile=…} at
 * {@code fleetParallelism} 1, 4 and 16 on {@code --fleet-targets} new databases spread over three
 * embedded servers, against the shell loop teams run today ({@code mvn dibs:migrate -Ddibs.url=…} once
 * per database, one after the other) on {@code --fleet-loop} of them; targets per second and the ratio,
 * in one run. Each target gets {@code --fleet-migrations} SQL migrations. Every target is checked to
 * hold all of them afterwards.
 *
 * <p>And tenant schemas: {@code --fleet-tenants} schemas in one database, migrated by
 * {@code mvn dibs:migrate -Ddibs.tenantSchemas=…}, then compared with the Java schema by
 * {@code mvn dibs:diff -Ddibs.tenantSchemas=… -Ddibs.failOnDrift} twice (the first run builds the
 * tenants' Java schema, the second takes it kept), against the shell loop of {@code mvn dibs:diff
 * -Ddibs.tenantSchemas=<one tenant> -Ddibs.failOnDrift} once per tenant on {@code --fleet-loop} of them.
 *
 * <p>Options: {@code --fleet-targets=60} (0: no databases fleet), {@code --fleet-loop=8},
 * {@code --fleet-migrations=20}, {@code --fleet-tenants=100} (0: no tenants).
 */
final class FleetBench {

    private static final int[] PARALLELISM = {1, 4, 16};

    private final Report report;
    private final int targets;
    private final int loop;
    private final int migrations;
    private final int tenants;

    FleetBench(Report report, List<String> options) {
        this.report = report;
        int t = 60;
        int l = 8;
        int m = 20;
        int n = 100;
        for (String o : options) {
            int value = Integer.parseInt(o.substring(o.indexOf('=') + 1));
            if (o.startsWith("--fleet-targets=")) {
                t = value;
            } else if (o.startsWith("--fleet-loop=")) {
                l = value;
            } else if (o.startsWith("--fleet-migrations=")) {
                m = value;
            } else if (o.startsWith("--fleet-tenants=")) {
                n = value;
            } else {
                throw new IllegalArgumentException("unknown argument " + o + " (see dev.dibs.bench.FleetBench)");
            }
        }
        if (t != 0 && t < 3 || l < 1 || m < 1 || n < 0 || n > 0 && n < l) {
            throw new IllegalArgumentException("--fleet-targets must be 0 or at least 3, --fleet-loop and --fleet-migrations at least 1,"
                    + " --fleet-tenants 0 or at least --fleet-loop");
        }
        this.targets = t;
        this.loop = l;
        this.migrations = m;
        this.tenants = n;
    }

    void run(PostgresServer first, Path work) throws Exception {
        String version = CommandLines.pluginVersion();
        Path repository = CommandLines.repository();
        String plugin = CommandLines.installedPlugin(repository, version);
        System.err.println("  fleet with " + plugin);
        Path dir = Files.createTempDirectory(work, "fleet");
        try (PostgresServer second = PostgresServers.embedded(); PostgresServer third = PostgresServers.embedded()) {
            List<PostgresServer> servers = List.of(first, second, third);
            // one role on the three servers, so one settings.xml server holds the fleet's credentials
            String password = password();
            for (PostgresServer s : servers) {
                try (Connection c = s.admin().open(); Statement st = c.createStatement()) {
                    st.execute("DROP ROLE IF EXISTS bench_fleet");
                    // CREATE ROLE takes no bound parameter: the password goes through the renderer's quoting
                    st.execute("CREATE ROLE bench_fleet LOGIN SUPERUSER PASSWORD " + Sql.literal(password));
                }
            }
            Path mavenTmp = Files.createDirectories(dir.resolve("maven-tmp"));
            Path settings = CommandProjects.settings(dir, "bench_fleet", password);
            CommandLines cl = CommandLines.of(version, repository, settings, mavenTmp, first.admin());
            Launcher launcher = new Launcher(dir.resolve("logs"), List.of(password));
            Path project = CommandProjects.generated(dir.resolve("project"), version, migrations);
            launcher.time(cl.mvn(project, cl.goal("help"))); // Maven's own first start, untimed
            if (tenants > 0) {
                tenants(first, cl, launcher, project);
            }
            if (targets == 0) {
                return;
            }

            List<ConnectionInfo> looped = databases(servers, loop, "fleet_loop");
            long t0 = System.nanoTime();
            for (ConnectionInfo db : looped) {
                launcher.time(cl.mvn(project, CommandLines.concat(new String[] {cl.goal("migrate")}, CommandLines.url("", db))));
            }
            double loopSeconds = (System.nanoTime() - t0) / 1e9;
            check(looped);
            double loopRate = loop / loopSeconds;
            System.err.printf("    shell loop: %d targets in %.1f s (%.2f targets/s)%n", loop, loopSeconds, loopRate);

            for (int p : PARALLELISM) {
                List<ConnectionInfo> fleet = databases(servers, targets, "fleet_p" + p);
                Path file = project.resolve("targets-p" + p + ".txt");
                Files.write(file, fleet.stream().map(ConnectionInfo::url).toList());
                double ms = launcher.time(cl.mvn(project, cl.goal("migrate"), "-Ddibs.targetsFile=" + file.getFileName(),
                        "-Ddibs.serverId=" + CommandProjects.SERVER_ID, "-Ddibs.fleetParallelism=" + p));
                check(fleet);
                double rate = targets / (ms / 1000);
                report.add("fleet migrate (mvn dibs:migrate -Ddibs.targetsFile)", targets + " databases on 3 servers, "
                        + migrations + " migrations each, fleetParallelism=" + p,
                        String.format("%.1f targets/s (%s)", rate, Report.ms(ms)),
                        String.format("shell loop of mvn dibs:migrate per database: %.2f targets/s (%d in %.1f s)", loopRate, loop,
                                loopSeconds), Report.times(rate / loopRate), "reported", null);
                for (int i = 0; i < fleet.size(); i++) {
                    servers.get(i % servers.size()).dropDatabase(fleet.get(i));
                }
            }
            for (int i = 0; i < looped.size(); i++) {
                servers.get(i % servers.size()).dropDatabase(looped.get(i));
            }
            report.note("fleet: the shell loop's dibs:migrate also compares each database with the Java schema after its"
                    + " migrations (a fleet dibs:migrate leaves that to dibs:diff over the fleet); Maven starts once per"
                    + " database in the loop, once in the fleet.");
        } finally {
            CommandProjects.deleteTree(dir);
        }
    }

    /** Tenant schemas in one database: migrated, then compared with the Java schema, against a dibs:diff per tenant. */
    private void tenants(PostgresServer server, CommandLines cl, Launcher launcher, Path project) throws Exception {
        ConnectionInfo db = server.createDatabase("fleet_tenants");
        try {
            List<String> names = new ArrayList<>();
            try (Connection c = db.open(); Statement st = c.createStatement()) {
                for (int i = 0; i < tenants; i++) {
                    names.add(String.format("t_%04d", i));
                    st.execute(Sql.createSchemaIfMissing(names.get(i)));
                }
            }
            String[] fleet = CommandLines.concat(CommandLines.url("", db), new String[] {"-Ddibs.tenantSchemas=t_*"});
            double migrate = launcher.time(cl.mvn(project, CommandLines.concat(new String[] {cl.goal("migrate")}, fleet)));
            checkTenants(db, names);
            String[] diff = CommandLines.concat(new String[] {cl.goal("diff"), "-Ddibs.failOnDrift=true"}, fleet);
            double firstDiff = launcher.time(cl.mvn(project, diff)); // fails the bench if a tenant differs
            double keptDiff = launcher.time(cl.mvn(project, diff));

            long t0 = System.nanoTime();
            for (String tenant : names.subList(0, loop)) {
                launcher.time(cl.mvn(project, CommandLines.concat(new String[] {cl.goal("diff"), "-Ddibs.failOnDrift=true",
                        "-Ddibs.tenantSchemas=" + tenant}, CommandLines.url("", db))));
            }
            double loopSeconds = (System.nanoTime() - t0) / 1e9;
            double loopRate = loop / loopSeconds;
            String peer = String.format("shell loop of mvn dibs:diff -Ddibs.tenantSchemas=<one tenant>: %.2f tenants/s (%d in %.1f s)", loopRate,
                    loop, loopSeconds);
            String size = tenants + " tenant schemas in one database, " + migrations + " tables each";
            report.add("fleet migrate (mvn dibs:migrate -Ddibs.tenantSchemas)", size, String.format("%.1f tenants/s (%s)",
                    tenants / (migrate / 1000), Report.ms(migrate)), "", "", "reported", null);
            report.add("fleet diff (mvn dibs:diff -Ddibs.tenantSchemas), first run", size, String.format("%.1f tenants/s (%s)",
                    tenants / (firstDiff / 1000), Report.ms(firstDiff)), peer, Report.times(tenants / (firstDiff / 1000) / loopRate),
                    "reported", null);
            report.add("fleet diff (mvn dibs:diff -Ddibs.tenantSchemas), Java schemas kept", size, String.format("%.1f tenants/s (%s)",
                    tenants / (keptDiff / 1000), Report.ms(keptDiff)), peer, Report.times(tenants / (keptDiff / 1000) / loopRate),
                    "reported", null);
        } finally {
            server.dropDatabase(db);
        }
    }

    /** Every tenant schema holds every migration, once. */
    private void checkTenants(ConnectionInfo db, List<String> names) throws Exception {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            for (String tenant : names) {
                try (ResultSet rs = s.executeQuery("SELECT count(DISTINCT id), count(*) FROM " + Sql.name(tenant) + ".__dibs_migrations")) {
                    rs.next();
                    if (rs.getInt(1) != migrations || rs.getInt(2) != migrations) {
                        throw new IllegalStateException(tenant + " holds " + rs.getInt(2) + " migrations, expected " + migrations);
                    }
                }
            }
        }
    }

    private static List<ConnectionInfo> databases(List<PostgresServer> servers, int count, String prefix) {
        List<ConnectionInfo> dbs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dbs.add(servers.get(i % servers.size()).createDatabase(prefix));
        }
        return dbs;
    }

    /** Every database holds every migration, once. */
    private void check(List<ConnectionInfo> dbs) throws Exception {
        for (ConnectionInfo db : dbs) {
            try (Connection c = db.open(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(DISTINCT id), count(*) FROM public.__dibs_migrations")) {
                rs.next();
                if (rs.getInt(1) != migrations || rs.getInt(2) != migrations) {
                    throw new IllegalStateException(db.describe() + " holds " + rs.getInt(2) + " migrations, expected " + migrations);
                }
            }
        }
    }

    private static String password() {
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            sb.append(letters.charAt(random.nextInt(letters.length())));
        }
        return sb.toString();
    }
}
