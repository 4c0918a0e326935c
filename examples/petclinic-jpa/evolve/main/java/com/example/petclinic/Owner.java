package com.example.petclinic;

import dev.dibs.Check;
import dev.dibs.RenamedFrom;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A pet owner, who brings pets to the clinic. */
@Entity
@Table(name = "owners")
// JPA has no word for a check constraint: dibs's @Check says it on the entity (in the database's column names)
@Check(name = "owners_telephone_digits", value = "telephone ~ '^[0-9]{10}$'")
public class Owner extends Person {

    // the column was address: renamed in place, no drop, no data lost
    /** Street and number. */
    @RenamedFrom("address")
    private String street;

    private String city;

    private String telephone;

    // unidirectional, as in PetClinic: the owner_id column and its foreign key are on pets
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id")
    @OrderBy("name")
    private final List<Pet> pets = new ArrayList<>();

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    public List<Pet> getPets() {
        return pets;
    }

    public void addPet(Pet pet) {
        if (pet.isNew()) {
            pets.add(pet);
        }
    }
}
