package com.example.shop;

import dev.dibs.Action;
import dev.dibs.Check;
import dev.dibs.Column;
import dev.dibs.Default;
import dev.dibs.Identity;
import dev.dibs.Index;
import dev.dibs.Nullable;
import dev.dibs.Pk;
import dev.dibs.References;
import dev.dibs.RenamedFrom;
import dev.dibs.Table;
import dev.dibs.Unique;
import java.time.Instant;

/**
 * A person who can sign in.
 *
 * @param id the key
 * @param email where we send mail; unique
 * @param bio a few words about themselves
 * @param lastName family name
 * @param firstName given name
 * @param age in years
 * @param createdAt when the account was created
 * @param orgId the organisation the user belongs to
 * @param displayName what others see
 * @param mood how the user feels
 */
@Table("users")
@Index(columns = "last_name, first_name")
@Check(name = "users_age_ck", value = "age >= 0")
public record User(
        @Pk @Identity long id,
        @Unique String email,
        @Nullable String bio,
        @Column(type = "varchar(80)") String lastName,
        String firstName,
        int age,
        @Default("now()") Instant createdAt,
        @References(value = "orgs.id", onDelete = Action.CASCADE) long orgId,
        @RenamedFrom("nickname") @Nullable String displayName,
        Mood mood) {
}
