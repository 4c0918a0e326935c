package com.example.petclinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** What a vet is trained in: radiology, surgery, dentistry. */
@Entity
@Table(name = "specialties")
public class Specialty extends NamedEntity {
}
