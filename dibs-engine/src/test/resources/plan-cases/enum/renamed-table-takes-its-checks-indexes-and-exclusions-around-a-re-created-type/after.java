// a label removed: the type is created again. The table is renamed, and its check, exclusion
// constraint and partial index, named after it, with it: each compares the column with the type, so
// each goes before the re-creation and comes back after it under its new name (not renamed, then
// left to compare the new type with the old one).
@Table("q") @RenamedFrom("old_q")
@Check(name = "q_high_is_two", value = "p <> 'high' OR id = 2")
@Exclusion(name = "q_one_low", value = "USING btree (id WITH =) WHERE (p = 'low')")
@Index(name = "q_low", columns = "id", where = "p = 'low'")
public record Q(@Pk int id, Prio p) {}
// ----
@PgEnum("prio") public enum Prio { low, high }
