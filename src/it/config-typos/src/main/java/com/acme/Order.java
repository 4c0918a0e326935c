package com.acme;

import dev.dibs.Table;

@Table("orders")
public class Order extends com.acme.base.BaseEntity {
    String number;
}
