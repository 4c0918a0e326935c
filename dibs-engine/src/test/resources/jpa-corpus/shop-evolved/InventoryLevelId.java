package corpus.shop;

import jakarta.persistence.*;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class InventoryLevelId implements Serializable {
    private static final long serialVersionUID = 1L;

    Integer warehouseId;

    Long variantId;

    @Override
    public boolean equals(Object o) {
        return o instanceof InventoryLevelId i && Objects.equals(warehouseId, i.warehouseId) && Objects.equals(variantId, i.variantId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warehouseId, variantId);
    }
}
