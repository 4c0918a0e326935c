package corpus.mappings;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import java.time.LocalDate;

@Entity
public class Enrollment {
    @EmbeddedId
    EnrollmentId id;

    @MapsId("studentId")
    @ManyToOne
    Student student;

    @MapsId("courseId")
    @ManyToOne
    Course course;

    LocalDate enrolledOn;

    Float grade;
}
