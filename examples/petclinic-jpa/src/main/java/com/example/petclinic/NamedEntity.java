package com.example.petclinic;

import jakarta.persistence.MappedSuperclass;

/** An entity with a name: a pet, a pet type, a specialty. */
@MappedSuperclass
public class NamedEntity extends BaseEntity {

    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
