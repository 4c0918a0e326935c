CREATE SEQUENCE "Ärger_numbers";
CREATE SEQUENCE ticket_numbers_of_the_support_desk_that_answers_every_customer_question_ab;
CREATE TABLE tickets (id bigint PRIMARY KEY DEFAULT nextval('ticket_numbers_of_the_support_desk_that_answers_every_customer_question_ab'), kind text);
CREATE VIEW next_numbers AS SELECT currval('"Ärger_numbers"') AS last_one;
CREATE FUNCTION new_ticket(id bigint DEFAULT nextval('"Ärger_numbers"')) RETURNS bigint LANGUAGE sql RETURN id;
CREATE FUNCTION peek() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT nextval('ticket_numbers_of_the_support_desk_that_answers_every_customer_question_ab'); END;
