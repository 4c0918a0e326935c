package corpus.shop;

import java.io.Serializable;
import java.util.Objects;

public class SupplyContractId implements Serializable {
    private static final long serialVersionUID = 1L;

    Long supplier;

    Long product;

    @Override
    public boolean equals(Object o) {
        return o instanceof SupplyContractId s && Objects.equals(supplier, s.supplier) && Objects.equals(product, s.product);
    }

    @Override
    public int hashCode() {
        return Objects.hash(supplier, product);
    }
}
