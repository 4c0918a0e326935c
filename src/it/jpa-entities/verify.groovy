import dev.dibs.maven.it.ItChecks
import dev.dibs.maven.it.ItServer

def server = context.get('itServer')
try {
    def db = context.get('database')
    def log = new File(basedir, 'build.log').text

    // The foreign keys' names, as Hibernate 7.4.15 itself names them under Spring Boot's naming (CamelCaseToUnderscores
    // NamingStrategy): read from the database Hibernate created from these very entities (hbm2ddl create). Hibernate
    // writes FK<hash> unquoted, so PostgreSQL folds it to lower case. A database Hibernate created has exactly these,
    // so adopting dibs renames nothing.
    def petsOwner = 'fk6teg4kcjcnjhduguft56wcfoa'       // pets.owner_id -> owners
    def petsType = 'fktmmh1tq8pah5vxf8kuqqplo4p'        // pets.type_id -> types
    def visitsPet = 'fk6jcifhlqqlsfseu67utlouauy'       // visits.pet_id -> pets
    def vetSpecialtiesVet = 'fkby1c0fbaa0byaifi63vt18sx9'       // vet_specialties.vet_id -> vets
    def vetSpecialtiesSpecialty = 'fk35uiboyrpfn1bndrr5jorcj0m' // vet_specialties.specialty_id -> specialties
    def visitsVet = 'fk8036qgt84d8h5cckxrj952qoe'       // visits.vet_id -> vets (the evolution)

    // 1: the mistyped naming word, refused naming the parameter, its value and the two words that work; no stack trace
    def at = log.indexOf('"hibernat"')
    assert at >= 0 : 'the mistyped -Ddibs.jpaNaming=hibernat reached no message'
    def refusal = log.substring(Math.max(0, at - 300), Math.min(log.length(), at + 600))
    assert refusal.contains('jpaNaming') && refusal.contains('spring') && refusal.contains('hibernate') : refusal
    assert log.indexOf('BUILD FAILURE') < log.indexOf('BUILD SUCCESS') : 'step 1 failed, and the later steps ran'

    // 2, 6: the migrations generated from the entities: the evolution's new key on the existing visits table is
    // validated in a migration of its own, after it, so that the scan does not run under the ADD's lock
    def dir = new File(basedir, 'src/main/java/com/example/petclinic/migrations')
    def migrations = (dir.listFiles()?.findAll { it.name ==~ /V\d{14}_.*\.java/ } ?: []).sort { it.name }
    assert migrations*.name.collect { it.replaceAll(/V\d{14}_/, '') } == ['Init.java', 'VisitVets.java', 'VisitVetsValidate.java'] :
            "found ${migrations*.name}"
    def init = migrations[0].text
    ['owners', 'pets', 'types', 'visits', 'vets', 'specialties', 'vet_specialties'].each {
        assert init.contains("CREATE TABLE public.${it} ") : "the first migration does not create ${it}"
    }
    [petsOwner, petsType, visitsPet, vetSpecialtiesVet, vetSpecialtiesSpecialty, 'owners_telephone_digits'].each {
        assert init.contains(it) : "the first migration lacks ${it}"
    }
    def next = migrations[1].text
    assert next.contains('RENAME COLUMN address TO street') : 'the @RenamedFrom field is a rename, not a drop and an add'
    assert !next.contains('DROP COLUMN') : 'nothing dropped'
    assert next.contains('ADD COLUMN vet_id') && next.contains("ADD CONSTRAINT ${visitsVet} FOREIGN KEY")
    assert next.contains('NOT VALID') && !next.contains('VALIDATE CONSTRAINT') : next
    assert !next.contains('CREATE TABLE') : 'the evolution creates no table'
    def validate = migrations[2].text
    assert validate.contains("ctx.execute(\"ALTER TABLE public.visits VALIDATE CONSTRAINT ${visitsVet}\");") : validate

    // 3, 7: both applied, the database then exactly the entities (failOnDrift); 4, 8: both replayed by dibs:check
    assert ItServer.column(db, "SELECT id FROM __dibs_migrations ORDER BY id").collect { it.replaceAll(/^\d{14}_/, '') } ==
            ['init', 'visit_vets', 'visit_vets_validate']
    assert log.count('dibs: the database matches the Java schema') == 2
    assert log.contains('dibs: check passed: the 1 migrations give exactly the Java schema')
    assert log.contains('dibs: check passed: the 3 migrations give exactly the Java schema')

    // Spring Boot's names, as the application sees them
    def columns = { table ->
        ItServer.column(db, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND table_name = '${table}' ORDER BY column_name")
    }
    assert columns('owners') == ['city', 'first_name', 'id', 'last_name', 'street', 'telephone']
    assert columns('pets') == ['birth_date', 'id', 'name', 'owner_id', 'type_id']
    assert columns('visits') == ['description', 'id', 'pet_id', 'vet_id', 'visit_date']
    assert columns('vet_specialties') == ['specialty_id', 'vet_id']
    assert columns('vets') == ['first_name', 'id', 'last_name']
    // and Hibernate's types and nullability (as its own create gives them for these entities)
    def typed = { table ->
        ItServer.column(db, "SELECT column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')"
                + " || ' ' || is_nullable || coalesce(' ' || identity_generation, '') FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name = '${table}' ORDER BY column_name")
    }
    assert typed('owners') == ['city character varying(255) YES', 'first_name character varying(255) NO',
                               'id integer NO BY DEFAULT', 'last_name character varying(255) NO',
                               'street character varying(255) YES', 'telephone character varying(255) YES']
    assert typed('pets') == ['birth_date date YES', 'id integer NO BY DEFAULT', 'name character varying(255) YES',
                             'owner_id integer YES', 'type_id integer YES']
    assert typed('vet_specialties') == ['specialty_id integer NO', 'vet_id integer NO']
    // Hibernate lists the join table's key owner side first: primary key (vet_id, specialty_id)
    assert ItServer.column(db, "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'vet_specialties_pkey'") ==
            ['PRIMARY KEY (vet_id, specialty_id)']

    // each foreign key by its column, with Hibernate's name
    def foreignKey = { table, column ->
        ItServer.column(db, "SELECT c.conname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid"
                + " AND a.attnum = ANY (c.conkey) WHERE c.contype = 'f' AND c.conrelid = 'public.${table}'::regclass"
                + " AND a.attname = '${column}'")
    }
    assert foreignKey('pets', 'owner_id') == [petsOwner]
    assert foreignKey('pets', 'type_id') == [petsType]
    assert foreignKey('visits', 'pet_id') == [visitsPet]
    assert foreignKey('visits', 'vet_id') == [visitsVet]
    assert foreignKey('vet_specialties', 'vet_id') == [vetSpecialtiesVet]
    assert foreignKey('vet_specialties', 'specialty_id') == [vetSpecialtiesSpecialty]
    // the dibs @Check mixed in on the entity
    assert ItServer.column(db, "SELECT conname FROM pg_constraint WHERE contype = 'c'"
            + " AND conrelid = 'public.owners'::regclass") == ['owners_telephone_digits']

    assert !log.contains('at dev.dibs.') : 'no stack trace'
    ItChecks.secretsShowNowhere(basedir.toPath(), db.password())
} finally {
    server?.close()
}
return true
