package dev.dibs.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.QualifiedName;
import org.junit.jupiter.api.Test;

/** The text of an expression after a domain's rename, as PostgreSQL would print it then. */
class DomainRenamesTest {

    private static final QualifiedName SCORE = new QualifiedName("public", "score");
    private static final QualifiedName RATING = new QualifiedName("public", "rating");

    @Test
    void aQualifiedReferenceToTheTypeNamesTheNewOne() {
        assertThat(DomainRenames.renamed("((cap)::public.score < (100)::public.score)", SCORE, RATING))
                .isEqualTo("((cap)::public.rating < (100)::public.rating)");
        assertThat(DomainRenames.renamed("public.score[]", SCORE, RATING)).isEqualTo("public.rating[]");
        assertThat(DomainRenames.renamed("(x)::public.\"score\"", SCORE, RATING)).isEqualTo("(x)::public.rating");
        assertThat(DomainRenames.renamed("(x)::public.score", SCORE, new QualifiedName("public", "Odd \"Name\"")))
                .isEqualTo("(x)::public.\"Odd \"\"Name\"\"\"");
    }

    @Test
    void aStringACallAnotherSchemaOrALongerNameIsLeftAlone() {
        String text = "'public.score' || public.score(x) || (x)::app.score || a.public.score || public.score.field || (x)::public.scores";
        assertThat(DomainRenames.renamed(text, SCORE, RATING)).isSameAs(text);
        assertThat(DomainRenames.renamed((String) null, SCORE, RATING)).isNull();
    }

    @Test
    void aQuotedNameIsMatchedExactly() {
        QualifiedName odd = new QualifiedName("public", "Score");
        assertThat(DomainRenames.renamed("(x)::public.\"Score\" + (y)::public.score", odd, RATING))
                .isEqualTo("(x)::public.rating + (y)::public.score");
    }
}
