@Table("t")
public record T(@Pk @Identity(always = true) long id, @Identity int n) {}
