-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.products RENAME TO catalog_items;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.catalog_items RENAME COLUMN nickname TO display_name;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.catalog_items RENAME CONSTRAINT products_pkey TO catalog_items_pkey;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.catalog_items RENAME CONSTRAINT products_nickname_key TO catalog_items_display_name_key;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.catalog_items RENAME CONSTRAINT products_price_check TO catalog_items_price_check;
ALTER INDEX public.products_lower_idx RENAME TO catalog_items_lower_idx;
