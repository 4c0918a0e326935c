CREATE TYPE public."Mood Type" AS ENUM ('HAPPY', 'SAD');
CREATE TABLE public."Order" (
    "user" integer NOT NULL,
    "select" integer NOT NULL,
    "Größe" text NOT NULL,
    "with ""quote""" text,
    "from" public."Mood Type" NOT NULL,
    CONSTRAINT "Order_pkey" PRIMARY KEY ("user"),
    CONSTRAINT "Order_Größe_key" UNIQUE ("Größe"),
    CONSTRAINT "Order's check" CHECK (("select" >= 0))
);
COMMENT ON TABLE public."Order" IS 'The "order" table; it''s quoted.';
CREATE TABLE public."line items" (
    id integer NOT NULL,
    order_user integer NOT NULL,
    CONSTRAINT "line items_pkey" PRIMARY KEY (id)
);
CREATE INDEX "Order by select" ON public."Order" USING btree ("select", "Größe");
ALTER TABLE public."line items" ADD CONSTRAINT "line items_order_user_fkey" FOREIGN KEY (order_user) REFERENCES public."Order" ("user") ON DELETE CASCADE;
