package corpus.mappings;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class EnrollmentId implements Serializable {
    private static final long serialVersionUID = 1L;

    Long studentId;
    Long courseId;

    @Override
    public boolean equals(Object o) {
        return o instanceof EnrollmentId e && Objects.equals(studentId, e.studentId) && Objects.equals(courseId, e.courseId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(studentId, courseId);
    }
}
