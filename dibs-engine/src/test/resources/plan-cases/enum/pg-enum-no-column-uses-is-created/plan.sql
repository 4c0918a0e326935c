CREATE TYPE public.shipping AS ENUM ('not shipped', 'new', 'done');
