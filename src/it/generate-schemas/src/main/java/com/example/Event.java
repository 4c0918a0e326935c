package com.example;

import dev.dibs.*;

@Table(value = "events", schema = "audit")
@Check(name = "events_no_secret", value = "NOT (payload ? 'secret')")
public record Event(@Pk @Identity long id, @Column(type = "jsonb") String payload, @Default("'first \nsecond'") String note) {
}
