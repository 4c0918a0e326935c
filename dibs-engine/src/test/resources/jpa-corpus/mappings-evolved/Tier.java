package corpus.mappings;

public enum Tier {
    BRONZE, SILVER, GOLD
}
