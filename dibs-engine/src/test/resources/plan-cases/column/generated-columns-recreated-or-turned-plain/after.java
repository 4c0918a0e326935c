@Table("t")
public record T(@Pk int id, int price, @GeneratedAs("price * 4") int doubled, int tripled) {}
