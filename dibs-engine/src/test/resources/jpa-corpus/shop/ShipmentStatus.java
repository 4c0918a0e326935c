package corpus.shop;

public enum ShipmentStatus {
    PENDING, IN_TRANSIT, DELIVERED, LOST
}
