package dev.dibs.engine.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole database schema as dibs manages it: the Postgres schemas (namespaces) it covers, their
 * tables and enum types (declared in Java), and the objects declared in SQL files (extensions,
 * sequences, domains, functions and procedures, operators, collations, triggers, views, materialized views, row-level-security policies), each list in
 * canonical order.
 */
public record Schema(List<String> namespaces, List<Table> tables, List<EnumType> enums, List<Extension> extensions,
                     List<Sequence> sequences, List<Domain> domains, List<Routine> routines, List<Trigger> triggers,
                     List<View> views, List<MaterializedView> materializedViews, List<Policy> policies, List<Operator> operators,
                     List<Collation> collations) {

    private static final Comparator<Table> TABLES = Comparator.comparing(Table::name);
    private static final Comparator<EnumType> ENUMS = Comparator.comparing(EnumType::name);
    private static final Comparator<Extension> EXTENSIONS = Comparator.comparing(Extension::name);
    private static final Comparator<Sequence> SEQUENCES = Comparator.comparing(Sequence::name);
    private static final Comparator<Domain> DOMAINS = Comparator.comparing(Domain::name);
    private static final Comparator<Routine> ROUTINES = Comparator.comparing(Routine::signature);
    private static final Comparator<Trigger> TRIGGERS = Comparator.comparing(Trigger::table).thenComparing(Trigger::name);
    private static final Comparator<View> VIEWS = Comparator.comparing(View::name);
    private static final Comparator<MaterializedView> MATERIALIZED_VIEWS = Comparator.comparing(MaterializedView::name);
    private static final Comparator<Policy> POLICIES = Comparator.comparing(Policy::table).thenComparing(Policy::name);
    private static final Comparator<Operator> OPERATORS = Comparator.comparing(Operator::signature);
    private static final Comparator<Collation> COLLATIONS = Comparator.comparing(Collation::name);

    public Schema {
        namespaces = namespaces.stream().distinct().sorted().toList();
        tables = SortedByName.of(tables, TABLES);
        enums = SortedByName.of(enums, ENUMS);
        extensions = SortedByName.of(extensions, EXTENSIONS);
        sequences = SortedByName.of(sequences, SEQUENCES);
        domains = SortedByName.of(domains, DOMAINS);
        routines = SortedByName.of(routines, ROUTINES);
        triggers = SortedByName.of(triggers, TRIGGERS);
        views = SortedByName.of(views, VIEWS);
        materializedViews = SortedByName.of(materializedViews, MATERIALIZED_VIEWS);
        policies = SortedByName.of(policies, POLICIES);
        operators = SortedByName.of(operators, OPERATORS);
        collations = SortedByName.of(collations, COLLATIONS);
    }

    /** Without collations. */
    public Schema(List<String> namespaces, List<Table> tables, List<EnumType> enums, List<Extension> extensions,
                  List<Sequence> sequences, List<Domain> domains, List<Routine> routines, List<Trigger> triggers,
                  List<View> views, List<MaterializedView> materializedViews, List<Policy> policies, List<Operator> operators) {
        this(namespaces, tables, enums, extensions, sequences, domains, routines, triggers, views, materializedViews, policies, operators,
                List.of());
    }

    /** Without operators. */
    public Schema(List<String> namespaces, List<Table> tables, List<EnumType> enums, List<Extension> extensions,
                  List<Sequence> sequences, List<Domain> domains, List<Routine> routines, List<Trigger> triggers,
                  List<View> views, List<MaterializedView> materializedViews, List<Policy> policies) {
        this(namespaces, tables, enums, extensions, sequences, domains, routines, triggers, views, materializedViews, policies, List.of());
    }

    /** Without policies. */
    public Schema(List<String> namespaces, List<Table> tables, List<EnumType> enums, List<Extension> extensions,
                  List<Sequence> sequences, List<Domain> domains, List<Routine> routines, List<Trigger> triggers,
                  List<View> views, List<MaterializedView> materializedViews) {
        this(namespaces, tables, enums, extensions, sequences, domains, routines, triggers, views, materializedViews, List.of());
    }

    /** Without views and materialized views. */
    public Schema(List<String> namespaces, List<Table> tables, List<EnumType> enums, List<Extension> extensions,
                  List<Sequence> sequences, List<Domain> domains, List<Routine> routines, List<Trigger> triggers) {
        this(namespaces, tables, enums, extensions, sequences, domains, routines, triggers, List.of(), List.of());
    }

    /** Tables and enum types only, no object declared in SQL. */
    public Schema(List<String> namespaces, List<Table> tables, List<EnumType> enums) {
        this(namespaces, tables, enums, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static Schema empty(List<String> namespaces) {
        return new Schema(namespaces, List.of(), List.of());
    }

    /** This schema with other tables; everything else kept. */
    public Schema withTables(List<Table> newTables) {
        return new Schema(namespaces, newTables, enums, extensions, sequences, domains, routines, triggers, views, materializedViews, policies, operators, collations);
    }

    public Schema withEnums(List<EnumType> newEnums) {
        return new Schema(namespaces, tables, newEnums, extensions, sequences, domains, routines, triggers, views, materializedViews, policies, operators, collations);
    }

    public Schema withNamespaces(List<String> newNamespaces) {
        return new Schema(newNamespaces, tables, enums, extensions, sequences, domains, routines, triggers, views, materializedViews, policies, operators, collations);
    }

    public Schema withExtensions(List<Extension> newExtensions) {
        return new Schema(namespaces, tables, enums, newExtensions, sequences, domains, routines, triggers, views, materializedViews, policies, operators, collations);
    }

    public Schema withSequences(List<Sequence> newSequences) {
        return new Schema(namespaces, tables, enums, extensions, newSequences, domains, routines, triggers, views, materializedViews, policies, operators, collations);
    }

    public Schema withDomains(List<Domain> newDomains) {
        return new Schema(namespaces, tables, enums, extensions, sequences, newDomains, routines, triggers, views, materializedViews, policies, operators, collations);
    }

    public Schema withRoutines(List<Routine> newRoutines) {
        return new Schema(namespaces, tables, enums, extensions, sequences, domains, newRoutines, triggers, views, materializedViews, policies, operators, collations);
    }

    public Schema withTriggers(List<Trigger> newTriggers) {
        return new Schema(namespaces, tables, enums, extensions, sequences, domains, routines, newTriggers, views, materializedViews, policies, operators, collations);
    }

    public Schema withViews(List<View> newViews) {
        return new Schema(namespaces, tables, enums, extensions, sequences, domains, routines, triggers, newViews, materializedViews, policies, operators, collations);
    }

    public Schema withMaterializedViews(List<MaterializedView> newViews) {
        return new Schema(namespaces, tables, enums, extensions, sequences, domains, routines, triggers, views, newViews, policies, operators, collations);
    }

    public Schema withPolicies(List<Policy> newPolicies) {
        return new Schema(namespaces, tables, enums, extensions, sequences, domains, routines, triggers, views, materializedViews, newPolicies, operators, collations);
    }

    public Schema withOperators(List<Operator> newOperators) {
        return new Schema(namespaces, tables, enums, extensions, sequences, domains, routines, triggers, views, materializedViews, policies,
                newOperators, collations);
    }

    public Schema withCollations(List<Collation> newCollations) {
        return new Schema(namespaces, tables, enums, extensions, sequences, domains, routines, triggers, views, materializedViews, policies,
                operators, newCollations);
    }

    /** The table of that name: a binary search, the tables being sorted by name. */
    public Optional<Table> table(QualifiedName name) {
        return SortedByName.first(tables, name, Table::name);
    }

    /** The enum type of that name: a binary search, the enum types being sorted by name. */
    public Optional<EnumType> enumType(QualifiedName name) {
        return SortedByName.first(enums, name, EnumType::name);
    }
}
