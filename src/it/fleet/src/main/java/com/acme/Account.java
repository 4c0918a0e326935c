package com.acme;

import dev.dibs.Pk;
import dev.dibs.Table;

@Table("accounts")
public record Account(@Pk long id, String name) {
}
