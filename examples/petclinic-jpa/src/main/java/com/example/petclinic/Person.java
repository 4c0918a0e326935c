package com.example.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A person: an owner or a vet. Spring Boot's naming makes first_name and last_name of the fields. */
@MappedSuperclass
public class Person extends BaseEntity {

    @Column(nullable = false)
    private String firstName;

    @Column(nullable = false)
    private String lastName;

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }
}
