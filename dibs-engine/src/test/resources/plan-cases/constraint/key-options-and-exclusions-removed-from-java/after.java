@Table("rooms")
@Check(name = "rooms_floor_check", value = "floor >= 0")
public record Room(@Pk int id, @Unique @Nullable String code, int floor, @Nullable String note,
    @Nullable @Column(type = "int4range") String during) {}
