@Table("rooms")
@UniqueConstraint(columns = "code", nullsNotDistinct = true, include = "floor", with = "fillfactor=70",
    deferrable = Deferrable.DEFERRED)
@Check(name = "rooms_floor_check", value = "floor >= 0", noInherit = true)
@Exclusion(name = "rooms_no_overlap", value = "USING gist (during WITH &&) WHERE (floor > 0)")
public record Room(@Pk(include = "note", with = "fillfactor=80", deferrable = Deferrable.IMMEDIATE) int id,
    @Nullable String code, int floor, @Nullable String note, @Nullable @Column(type = "int4range") String during) {}
// ----
@Table("tags")
@UniqueConstraint(columns = "weight", include = "label")
@Exclusion(name = "tags_one_heavy", value = "USING btree (weight WITH =) WHERE (weight > 100) DEFERRABLE")
public record Tag(@Pk int id, @Unique(nullsNotDistinct = true, deferrable = Deferrable.IMMEDIATE) @Nullable String label,
    int weight) {}
