package corpus.mappings;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

@Converter
public class MoneyConverter implements AttributeConverter<Money, String> {
    @Override
    public String convertToDatabaseColumn(Money money) {
        return money == null ? null : money.amount() + " " + money.currency();
    }

    @Override
    public Money convertToEntityAttribute(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(" ");
        return new Money(new BigDecimal(parts[0]), parts[1]);
    }
}
