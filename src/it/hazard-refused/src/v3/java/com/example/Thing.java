package com.example;

import dev.dibs.*;

@Table("things")
@Index(columns = "id", name = "things_id_idx")
public record Thing(@Pk long id) {
}
