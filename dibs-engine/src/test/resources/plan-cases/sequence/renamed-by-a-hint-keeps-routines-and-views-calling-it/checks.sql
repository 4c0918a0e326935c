SELECT count(*) FROM pg_class WHERE relname IN ('Ärger_numbers', 'ticket_numbers_of_the_support_desk_that_answers_every_customer_')
-- expect: 0
SELECT new_ticket()
-- expect: 1
SELECT peek()
-- expect: 1
