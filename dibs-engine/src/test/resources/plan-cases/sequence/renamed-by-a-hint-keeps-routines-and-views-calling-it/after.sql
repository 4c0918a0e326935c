-- a quoted name with a non-ASCII capital (PostgreSQL folds only ASCII) and an unquoted one over 63 bytes
-- (PostgreSQL keeps its first 63): each hint names the object as PostgreSQL keeps it
-- dibs:renamed-from "Ärger_numbers"
CREATE SEQUENCE Ärger_counter;
-- dibs:renamed-from ticket_numbers_of_the_support_desk_that_answers_every_customer_question_ab
CREATE SEQUENCE ticket_counter_of_the_support_desk_that_answers_every_customer_question_in_time;
CREATE TABLE tickets (id bigint PRIMARY KEY DEFAULT nextval('ticket_counter_of_the_support_desk_that_answers_every_customer_question_in_time'), kind text);
CREATE VIEW next_numbers AS SELECT currval('"Ärger_counter"') AS last_one;
CREATE FUNCTION new_ticket(id bigint DEFAULT nextval('"Ärger_counter"')) RETURNS bigint LANGUAGE sql RETURN id;
CREATE FUNCTION peek() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT nextval('ticket_counter_of_the_support_desk_that_answers_every_customer_question_in_time'); END;
