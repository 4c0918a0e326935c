@Table("t") public record T(@Pk int id, long n, @Column(type = "varchar(20)") String label) {}
