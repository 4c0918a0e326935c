package com.example.petclinic;

import dev.dibs.Check;
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

    private String address;

    private String city;

    private String telephone;

    // unidirectional, as in PetClinic: the owner_id column and its foreign key are on pets
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id")
    @OrderBy("name")
    private final List<Pet> pets = new ArrayList<>();

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
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
