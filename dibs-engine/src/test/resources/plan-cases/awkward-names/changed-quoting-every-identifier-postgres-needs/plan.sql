ALTER TYPE public."Mood Type" RENAME VALUE 'HAPPY' TO 'GLAD';
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public."line items" DROP CONSTRAINT "line items_order_user_fkey";
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public."Order" RENAME TO "Orders";
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public."Orders" DROP CONSTRAINT "Order_Größe_key";
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public."Orders" DROP CONSTRAINT "Order's check";
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
DROP INDEX public."Order by select";
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public."Orders" RENAME COLUMN "select" TO "group";
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public."Orders" RENAME CONSTRAINT "Order_pkey" TO "Orders_pkey";
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, DELETES_DATA
ALTER TABLE public."Orders" DROP COLUMN "with ""quote""";
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK, REWRITES_TABLE
ALTER TABLE public."Orders" ALTER COLUMN "group" TYPE bigint USING "group"::bigint;
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public."Orders" ALTER COLUMN "Größe" DROP NOT NULL;
COMMENT ON TABLE public."Orders" IS NULL;
