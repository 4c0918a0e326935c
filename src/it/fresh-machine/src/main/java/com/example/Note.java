package com.example;

import dev.dibs.Pk;
import dev.dibs.Table;

/** A note. */
@Table("notes")
public record Note(@Pk long id, String body) {}
