package corpus.shop;

public enum ReturnReason {
    DAMAGED, WRONG_ITEM, NOT_NEEDED, OTHER
}
