package corpus.shop;

public enum EmployeeRole {
    CLERK, MANAGER, ADMIN
}
