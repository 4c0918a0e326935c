-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER SEQUENCE public."Ärger_numbers" RENAME TO "Ärger_counter";
-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK
ALTER SEQUENCE public.ticket_numbers_of_the_support_desk_that_answers_every_customer_ RENAME TO ticket_counter_of_the_support_desk_that_answers_every_customer_;
