package com.example.shop;

import dev.dibs.PgEnum;

/** How a user feels today. */
@PgEnum("mood")
public enum Mood {
    HAPPY,
    CALM,
    GRUMPY
}
