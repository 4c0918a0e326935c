package com.example.shop;

import dev.dibs.Identity;
import dev.dibs.Pk;
import dev.dibs.Table;
import dev.dibs.Unique;

/**
 * A customer organisation.
 *
 * @param id the key
 * @param name the organisation's legal name
 */
@Table("orgs")
public record Org(@Pk @Identity long id, @Unique String name) {
}
