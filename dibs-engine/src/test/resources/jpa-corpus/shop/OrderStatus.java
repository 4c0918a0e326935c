package corpus.shop;

public enum OrderStatus {
    NEW, PAID, SHIPPED, DELIVERED, CANCELLED
}
