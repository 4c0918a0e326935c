package com.example;

import dev.dibs.*;

@Table("things")
public record Thing(@Pk long id, @Unique String code) {
}
