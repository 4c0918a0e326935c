package corpus.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "review_votes")
public class ReviewVote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Review review;

    @ManyToOne(optional = false)
    Customer voter;

    boolean helpful;
}
