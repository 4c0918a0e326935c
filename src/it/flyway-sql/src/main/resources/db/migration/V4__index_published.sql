-- Only statements that cannot run in a transaction: dibs runs the file outside one, as Flyway does.
CREATE INDEX CONCURRENTLY books_published_idx ON books (published);
