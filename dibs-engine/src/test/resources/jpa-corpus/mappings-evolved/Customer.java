package corpus.mappings;

import dev.dibs.RenamedFrom;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.YesNoConverter;

@Entity
@Check(constraints = "points >= 0")
public class Customer extends Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @NaturalId
    String email;

    @RenamedFrom("handle")
    @Column(unique = true)
    String username;

    @Column(nullable = false, length = 120)
    String fullName;

    @Enumerated(EnumType.STRING)
    Tier tier;

    @Enumerated(EnumType.ORDINAL)
    Tier previousTier;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> preferences;

    @Lob
    String biography;

    @Lob
    byte[] photo;

    @Convert(converter = MoneyConverter.class)
    Money creditLimit;

    @Convert(converter = YesNoConverter.class)
    Boolean newsletter;

    @Temporal(TemporalType.DATE)
    Date birthday;

    int loginCount;

    Integer referrals;

    boolean active;

    @ColumnDefault("0")
    int points;

    @Embedded
    Address home;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "work_street")),
        @AttributeOverride(name = "city", column = @Column(name = "work_city", length = 80)),
        @AttributeOverride(name = "point.lat", column = @Column(name = "work_lat")),
        @AttributeOverride(name = "point.lng", column = @Column(name = "work_lng"))
    })
    Address work;

    @ElementCollection
    Set<String> nicknames;

    @ElementCollection
    @CollectionTable(name = "customer_phones", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "phone_order")
    @Column(name = "phone_number", length = 30)
    List<String> phones;

    @ElementCollection
    @CollectionTable(name = "customer_notes")
    @MapKeyColumn(name = "label", length = 40)
    @Column(name = "note_text")
    Map<String, String> notes;

    @ElementCollection
    @CollectionTable(name = "customer_contacts", joinColumns = @JoinColumn(name = "customer_id"))
    List<Contact> contacts;
}
