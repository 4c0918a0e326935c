package corpus.shop;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
@Table(name = "employees")
public class Employee extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String fullName;

    @Column(nullable = false, unique = true)
    String workEmail;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    EmployeeRole role;

    @ManyToOne
    Employee manager;

    LocalDate hiredOn;
}
