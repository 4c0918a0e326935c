package corpus.mappings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.List;
import java.util.Set;

@Entity
public class Student {
    @Id
    @GeneratedValue
    Long id;

    String fullName;

    @ManyToMany
    Set<Course> courses;

    @ManyToMany
    List<Club> clubs;
}
