package dev.dibs.engine.load;

import java.util.Map;

/** The shop fixture's sources (every annotation of PRODUCT.md) for tests outside this package. */
public final class ShopFixture {

    private ShopFixture() {
    }

    /** Source path → text, packages {@code com.acme.shop} and {@code com.acme.shop.sales}; schemas public and sales. */
    public static Map<String, String> sources() {
        return FixtureSources.all();
    }
}
