package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.testing.JavaSources;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every user mistake gets its own message naming the class, the member and the fix. */
class IntentValidationTest {

    @TempDir
    Path dir;

    private static final String IMPORTS = "import dev.dibs.*;\nimport java.util.*;\n";

    private int calls;

    private List<Problem> problems(String... classes) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String body : classes) {
            String name = body.replaceAll("(?s).*?(?:record|class|enum) (\\w+).*", "$1");
            sources.put("v/" + name + ".java", "package v;\n" + IMPORTS + body);
        }
        // each call its own folder: a class an earlier call compiled is not on this one's class path
        List<Path> classpath = JavaSources.compile(dir.resolve("call" + ++calls), sources);
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(classpath).packages(List.of("v")).load());
        assertThat(e).as("expected the loader to reject the schema").isNotNull();
        assertThat(e.getMessage()).contains(" " + e.problems().size() + " problem");
        return e.problems();
    }

    private Problem only(String... classes) {
        List<Problem> found = problems(classes);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void unsupportedJavaType() {
        Problem p = only("@Table(\"a\") record A(@Pk long id, Map<String, String> attributes) {}");
        assertThat(p.where()).isEqualTo("v.A.attributes");
        assertThat(p.message()).contains("unsupported type").contains("java.util.Map");
        assertThat(p.fix()).contains("@Column(type = \"jsonb\")");
    }

    @Test
    void duplicateTable() {
        List<Problem> found = problems("@Table(\"t\") record A(@Pk long id) {}", "@Table(\"t\") record B(@Pk long id) {}");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("v.B");
            assertThat(p.message()).isEqualTo("the table public.t is also declared by v.A.");
        });
    }

    @Test
    void duplicateColumn() {
        Problem p = only("@Table(\"a\") record A(@Pk long id, String fooBar, @Column(name = \"foo_bar\") String other) {}");
        assertThat(p.where()).isEqualTo("v.A.other");
        assertThat(p.message()).isEqualTo("column \"foo_bar\" is also the column of fooBar.");
        assertThat(p.fix()).contains("@Column(name");
    }

    @Test
    void referencesMissingTable() {
        Problem p = only("@Table(\"a\") record A(@Pk long id, @References(\"orgs.id\") long orgId) {}");
        assertThat(p.where()).isEqualTo("v.A.orgId");
        assertThat(p.message()).isEqualTo("@References(\"orgs.id\") refers to the table public.orgs, which no @Table class declares.");
    }

    @Test
    void referencesMissingColumn() {
        Problem p = only("@Table(\"orgs\") record Org(@Pk long id) {}",
                "@Table(\"a\") record A(@Pk long id, @References(\"orgs.key\") long orgId) {}");
        assertThat(p.where()).isEqualTo("v.A.orgId");
        assertThat(p.message()).contains("refers to the column \"key\" of public.orgs, which does not exist (columns: id)");
    }

    @Test
    void referencesColumnOfATypePostgresCannotCompare() {
        Problem p = only("@Table(\"orgs\") record Org(@Pk long id) {}",
                "@Table(\"a\") record A(@Pk long id, @References(\"orgs.id\") String orgId) {}");
        assertThat(p.message()).isEqualTo("@References(\"orgs.id\"): column \"org_id\" is text but public.orgs.id is bigint,"
                + " which PostgreSQL cannot compare in a foreign key.");
        assertThat(p.fix()).isEqualTo("give both columns the same type.");
    }

    @Test
    void referencesColumnWithoutUniqueKey() {
        Problem p = only("@Table(\"orgs\") record Org(@Pk long id, String code) {}",
                "@Table(\"a\") record A(@Pk long id, @References(\"orgs.code\") String orgCode) {}");
        assertThat(p.message()).contains("public.orgs(code) is neither its primary key nor unique");
    }

    /** onDeleteSet: only with SET_NULL or SET_DEFAULT, only the key's columns, and those it sets null must be nullable. */
    @Test
    void onDeleteSetNamesSomeOfTheKeysColumnsForAnActionThatSetsThem() {
        String folders = "@Table(\"folders\") record Folder(@Pk long tenantId, @Pk long id) {}";
        Problem cascade = only(folders, "@Table(\"notes\") @ForeignKey(columns = \"tenant_id, folder_id\","
                + " references = \"folders(tenant_id, id)\", onDelete = Action.CASCADE, onDeleteSet = \"folder_id\")"
                + " record Note(@Pk long id, long tenantId, @Nullable Long folderId) {}");
        assertThat(cascade.where()).isEqualTo("v.Note");
        assertThat(cascade.message()).isEqualTo("@ForeignKey(references = \"folders(tenant_id, id)\").onDeleteSet = \"folder_id\""
                + " goes with onDelete = SET_NULL or SET_DEFAULT, not CASCADE.");
        Problem outside = only(folders, "@Table(\"notes\") @ForeignKey(columns = \"tenant_id, folder_id\","
                + " references = \"folders(tenant_id, id)\", onDelete = Action.SET_NULL, onDeleteSet = \"note\")"
                + " record Note(@Pk long id, long tenantId, @Nullable Long folderId, @Nullable String note) {}");
        assertThat(outside.message()).contains("names note, not one of the key's columns (tenant_id, folder_id).");
        Problem unknown = only(folders, "@Table(\"notes\") @ForeignKey(columns = \"tenant_id, folder_id\","
                + " references = \"folders(tenant_id, id)\", onDelete = Action.SET_NULL, onDeleteSet = \"foldr_id\")"
                + " record Note(@Pk long id, long tenantId, @Nullable Long folderId) {}");
        assertThat(unknown.message()).contains("names the column \"foldr_id\"");
        // the listed column is NOT NULL: set null on delete, every such delete would fail
        Problem notNull = only(folders, "@Table(\"notes\") @ForeignKey(columns = \"tenant_id, folder_id\","
                + " references = \"folders(tenant_id, id)\", onDelete = Action.SET_NULL, onDeleteSet = \"tenant_id\")"
                + " record Note(@Pk long id, long tenantId, @Nullable Long folderId) {}");
        assertThat(notNull.message()).contains("uses SET_NULL but column \"tenant_id\" is NOT NULL");
    }

    @Test
    void pkOnNullableMember() {
        Problem p = only("@Table(\"a\") record A(@Pk @Nullable Long id) {}");
        assertThat(p.where()).isEqualTo("v.A.id");
        assertThat(p.message()).isEqualTo("@Pk on a nullable member; primary key columns are NOT NULL.");
    }

    @Test
    void statisticsTargetOutsideWhatPostgresTakes() {
        Problem p = only("@Table(\"a\") record A(@Pk long id, @Column(statistics = 20000) String tags) {}");
        assertThat(p.where()).isEqualTo("v.A.tags");
        assertThat(p.message()).isEqualTo("@Column(statistics = 20000) is no statistics target: PostgreSQL takes 0 (no statistics)"
                + " to 10000.");
        assertThat(p.fix()).contains("from 0 to 10000", "default_statistics_target");
        assertThat(only("@Table(\"a\") record A(@Pk long id, @Column(statistics = -2) String tags) {}").message())
                .startsWith("@Column(statistics = -2) is no statistics target");
    }

    /** Where PostgreSQL keeps no statistics: a view's column, a virtual generated column (PostgreSQL 18). */
    @Test
    void statisticsTargetWherePostgresKeepsNone() {
        List<Problem> found = problems("@View(\"SELECT 1 AS n\") record Numbers(@Column(statistics = 10) int n) {}",
                "@Table(\"a\") record A(@Pk long id,"
                        + " @GeneratedAs(value = \"id * 2\", virtual = true) @Column(statistics = 100) long twice) {}");
        assertThat(found).extracting(Problem::where).containsExactlyInAnyOrder("v.Numbers.n", "v.A.twice");
        Problem view = found.stream().filter(p -> p.where().equals("v.Numbers.n")).findFirst().orElseThrow();
        assertThat(view.message()).startsWith("@Column(statistics) on a view's column: a view has no statistics of its own");
        assertThat(view.fix()).isEqualTo("remove statistics here, and give the target on the table's column it reads.");
        Problem virtual = found.stream().filter(p -> p.where().equals("v.A.twice")).findFirst().orElseThrow();
        assertThat(virtual.message()).startsWith("@Column(statistics) on a virtual generated column");
        assertThat(virtual.fix()).contains("make the column stored");
    }

    /** A collation is named, never written as SQL: what the loader cannot hold as one name is refused, naming the member. */
    @Test
    void collationNamesPostgresCouldNotHold() {
        String longName = "c".repeat(64);
        List<Problem> found = problems(
                "@Table(\"a\") record A(@Pk long id, @Column(collation = \" C\") String padded) {}",
                "@Table(\"b\") record B(@Pk long id, @Column(collation = \"pg_catalog.C\") String qualified) {}",
                "@Table(\"c\") record C(@Pk long id, @Column(collation = \"\\\"C\\\"\") String quoted) {}",
                "@Table(\"d\") record D(@Pk long id, @Column(collation = \"" + longName + "\") String tooLong) {}",
                "@Table(\"e\") record E(@Pk long id, @Column(collation = \"C\\u0007\") String control) {}",
                "@View(\"SELECT 'x'::text AS n\") record Names(@Column(collation = \"C\") String n) {}",
                "@Table(\"f\") record F(@Pk long id, @Column(collation = \"C\") long count,"
                        + " @Column(type = \"citext\", collation = \"C\") String ci, @Column(collation = \"C\") java.time.Instant at,"
                        + " @Column(type = \"varchar(20)[]\", collation = \"C\") java.util.List<String> fine) {}");
        assertThat(found).extracting(Problem::where).containsExactlyInAnyOrder("v.A.padded", "v.B.qualified", "v.C.quoted",
                "v.D.tooLong", "v.E.control", "v.Names.n", "v.F.count", "v.F.at");
        assertThat(message(found, "v.A.padded")).isEqualTo("@Column(collation = \" C\") is no collation name: it is blank or has"
                + " white space around it.");
        assertThat(message(found, "v.B.qualified")).contains("is written as SQL: it takes the collation's bare name");
        assertThat(message(found, "v.C.quoted")).startsWith("@Column(collation = \"\\\"C\\\"\") is written as SQL");
        assertThat(message(found, "v.D.tooLong")).endsWith("is longer than the 63 bytes PostgreSQL keeps of a name.");
        assertThat(message(found, "v.E.control")).isEqualTo("@Column(collation = \"C\\u0007\") is no collation name: it holds a"
                + " control character.");
        assertThat(message(found, "v.Names.n")).startsWith("@Column(collation) on a view's column");
        assertThat(message(found, "v.F.count")).isEqualTo("@Column(collation) on a column of type bigint, which PostgreSQL"
                + " compares without a collation.");
        assertThat(found.stream().filter(p -> p.where().equals("v.A.padded")).findFirst().orElseThrow().fix())
                .contains("SELECT collname FROM pg_collation", "collation = \"C\"");
    }

    private static String message(List<Problem> found, String where) {
        return found.stream().filter(p -> p.where().equals(where)).findFirst().orElseThrow().message();
    }

    @Test
    void identityOnNonIntegerMember() {
        Problem p = only("@Table(\"a\") record A(@Pk @Identity String id) {}");
        assertThat(p.where()).isEqualTo("v.A.id");
        assertThat(p.message()).isEqualTo("@Identity on a column of type text; identity columns are smallint, integer or bigint.");
    }

    @Test
    void indexOnMissingColumn() {
        Problem p = only("@Table(\"a\") @Index(columns = \"id, nope\") record A(@Pk long id) {}");
        assertThat(p.where()).isEqualTo("v.A");
        assertThat(p.message()).isEqualTo("@Index(columns = \"id, nope\") names the column \"nope\", which public.a does not have (columns: id).");
    }

    @Test
    void uniqueOnMissingColumn() {
        Problem p = only("@Table(\"a\") @UniqueConstraint(columns = \"email\") record A(@Pk long id) {}");
        assertThat(p.message()).startsWith("@UniqueConstraint(columns = \"email\") names the column \"email\"");
    }

    @Test
    void foreignKeyOnMissingColumn() {
        Problem p = only("@Table(\"orgs\") record Org(@Pk long id) {}",
                "@Table(\"a\") @ForeignKey(columns = \"org\", references = \"orgs(id)\") record A(@Pk long id) {}");
        assertThat(p.where()).isEqualTo("v.A");
        assertThat(p.message()).startsWith("@ForeignKey(columns = \"org\") names the column \"org\"");
    }

    @Test
    void explicitNameLongerThan63Bytes() {
        String longName = "x".repeat(64);
        Problem p = only("@Table(\"a\") @Index(columns = \"id\", name = \"" + longName + "\") record A(@Pk long id) {}");
        assertThat(p.message()).contains("is longer than 63 bytes").contains("\"" + "x".repeat(63) + "\"");
        assertThat(p.fix()).isEqualTo("choose a name of at most 63 bytes.");
    }

    /**
     * A name holding a line feed (or any character that does not print) would write lines of its own
     * into the build's output wherever it is named: refused where it is declared, and shown escaped.
     */
    @Test
    void namesThatDoNotPrintAreRefusedWhereTheyAreDeclared() {
        String forged = "\\n[INFO] BUILD SUCCESS";
        assertThat(only("@Table(\"a" + forged + "\") record A(@Pk long id) {}"))
                .satisfies(p -> assertThat(p.message()).startsWith("the table name \"a\\n[INFO] BUILD SUCCESS\" holds a character that does not print"))
                .satisfies(p -> assertThat(p.where()).isEqualTo("v.A"));
        assertThat(problems("@Table(value = \"a\", schema = \"s\\u001b[2K\") record A(@Pk long id) {}"))
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("the schema name \"s\\u001b[2K\" holds a character that does not print"))
                .allSatisfy(m -> assertThat(m).doesNotContain("\u001b"));
        assertThat(only("@Table(\"a\") record A(@Pk long id, @Column(name = \"c" + forged + "\") long c) {}"))
                .satisfies(p -> assertThat(p.where()).isEqualTo("v.A.c"))
                .satisfies(p -> assertThat(p.message()).startsWith("column name \"c\\n[INFO] BUILD SUCCESS\" holds"));
        assertThat(only("@Table(\"a\") @Index(columns = \"id\", name = \"i\\r\") record A(@Pk long id) {}").message())
                .startsWith("the name \"i\\r\" holds a character that does not print");
        assertThat(only("@PgEnum(\"mood\\t\") enum Mood { OK }", "@Table(\"a\") record A(@Pk long id, Mood m) {}").message())
                .startsWith("the enum type name \"mood\\t\" holds");
        assertThat(only("enum Mood { @PgEnum.Label(\"ok\\u202e\") OK }", "@Table(\"a\") record A(@Pk long id, Mood m) {}").message())
                .startsWith("the enum label \"ok\\u202e\" holds");
        assertThat(only("@View(name = \"v\\n\", value = \"SELECT 1 AS id\") record V(long id) {}").message())
                .startsWith("the object \"public.v\\n\" holds");
        for (Problem p : problems("@Table(\"a" + forged + "\") record A(@Pk long id, @Column(name = \"c" + forged + "\") long c) {}")) {
            assertThat(p.toString()).as("a problem prints on one line").doesNotContain("\n");
        }
    }

    @Test
    void enumWithoutConstants() {
        Problem p = only("enum Empty {}", "@Table(\"a\") record A(@Pk long id, Empty e) {}");
        assertThat(p.where()).isEqualTo("v.Empty");
        assertThat(p.message()).startsWith("the enum has no constants");
    }

    @Test
    void conflictingRenames() {
        List<Problem> found = problems("""
                @Table("a") record A(@Pk long id,
                    @RenamedFrom("old") String one,
                    @RenamedFrom("old") String two,
                    @RenamedFrom("three") String four,
                    String three) {}
                """);
        assertThat(found).extracting(Problem::where).containsExactly("v.A.two", "v.A.four");
        assertThat(found.get(0).message()).isEqualTo("@RenamedFrom(\"old\") is also on v.A.one; one old column can become only one new column.");
        assertThat(found.get(1).message()).isEqualTo("@RenamedFrom(\"three\") names a column that is still declared.");
    }

    @Test
    void conflictingTableRenames() {
        List<Problem> found = problems("@Table(\"a\") @RenamedFrom(\"b\") record A(@Pk long id) {}",
                "@Table(\"b\") record B(@Pk long id) {}");
        assertThat(found).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("@RenamedFrom(\"b\") names a table that v.B still declares."));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Problem> found = problems("""
                @Table("a")
                @Index(columns = "missing")
                record A(@Pk @Nullable Long id, @Identity String code, Map<String, Integer> data,
                         @References("nowhere.id") long otherId) {}
                """, "enum Empty {}", "@Table(\"b\") record B(@Pk long id, Empty e) {}");
        assertThat(found).extracting(Problem::where)
                .containsExactlyInAnyOrder("v.A", "v.A.id", "v.A.code", "v.A.data", "v.A.otherId", "v.Empty");
    }

    @Test
    void tableInASchemaOutsideSchemas() {
        Problem p = only("@Table(value = \"log\", schema = \"audit\") record Log(@Pk long id) {}");
        assertThat(p.where()).isEqualTo("v.Log");
        assertThat(p.message()).startsWith("schema \"audit\" is not in schemas (public): ")
                .contains("every other table in it");
        assertThat(p.fix()).isEqualTo("add audit to schemas (the schemas parameter).");
    }

    @Test
    void enumTypeInASchemaOutsideSchemas() {
        Problem p = only("@PgEnum(schema = \"audit\") enum Level { LOW, HIGH }", "@Table(\"a\") record A(@Pk long id, Level level) {}");
        assertThat(p.where()).isEqualTo("v.Level");
        assertThat(p.message()).startsWith("schema \"audit\" is not in schemas (public): ").contains("@PgEnum");
    }

    /** {@code @Identity(sequence)} reads only sequence options and integers: anything else names the member. */
    @Test
    void identitySequenceOptionsAreReadByTheirGrammarOnly() {
        Problem injected = only("@Table(\"a\") record A(@Pk @Identity(sequence = \"START WITH 1; DROP TABLE x\") long id) {}");
        assertThat(injected.where()).isEqualTo("v.A.id");
        assertThat(injected.message()).isEqualTo("@Identity(sequence = \"START WITH 1; DROP TABLE x\"): START needs an integer after it.");
        assertThat(injected.fix()).startsWith("write them as ALTER SEQUENCE does");
        assertThat(only("@Table(\"a\") record A(@Pk @Identity(sequence = \"RESTART 5\") long id) {}").message())
                .isEqualTo("@Identity(sequence = \"RESTART 5\"): \"RESTART\" is not a sequence option dibs can declare.");
        assertThat(only("@Table(\"a\") record A(@Pk @Identity(sequence = \"AS smallint\") long id) {}").message())
                .isEqualTo("@Identity(sequence = \"AS smallint\"): an identity's sequence has the column's type (bigint).");
        assertThat(only("@Table(\"a\") record A(@Pk @Identity(sequence = \"START WITH 0\") int id) {}").message())
                .isEqualTo("@Identity(sequence = \"START WITH 0\"): START WITH 0 is outside 1 to 2147483647.");
        assertThat(only("@Table(\"a\") record A(@Pk @Identity(sequence = \"MAXVALUE 40000\") short id) {}").message())
                .isEqualTo("@Identity(sequence = \"MAXVALUE 40000\"): its bounds do not fit smallint (-32768 to 32767).");
        assertThat(only("@Table(\"a\") record A(@Pk @Identity(sequence = \"CACHE 5 cache 6\") long id) {}").message())
                .isEqualTo("@Identity(sequence = \"CACHE 5 cache 6\") gives CACHE twice.");
    }

    /** Written in any case and with PostgreSQL's optional words or not, the options read as the inspection writes them. */
    @Test
    void identitySequenceOptionsReadAsTheInspectionWritesThem() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("v/A.java", "package v;\n" + IMPORTS + "@Table(\"a\") record A(@Pk @Identity(sequence ="
                + " \"start 1000 increment 10 cache 20 no cycle NO MAXVALUE\") long id, @Identity(sequence = \"INCREMENT BY 1\") int n) {}");
        var schema = IntentLoader.builder().classpath(JavaSources.compile(dir, sources)).packages(List.of("v")).load().schema();
        var table = schema.tables().get(0);
        assertThat(table.column("id").orElseThrow().sequence()).isEqualTo("INCREMENT BY 10 START WITH 1000 CACHE 20");
        assertThat(table.column("n").orElseThrow().sequence()).as("defaults only: none").isNull();
    }
}
