package com.example;

import dev.dibs.View;
import java.time.Instant;

/** A typed read model: the view's columns are this record's components, checked by the build. */
@View("SELECT title, count(*) AS articles, max(updated_at) AS last_update FROM articles GROUP BY title")
public record TitleStats(String title, long articles, Instant lastUpdate) {
}
