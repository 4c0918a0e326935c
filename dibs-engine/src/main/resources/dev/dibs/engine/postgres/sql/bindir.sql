-- The directory of the server's own executables, where a copied cluster's postgres is started from.
SELECT setting FROM pg_config WHERE name = 'BINDIR'
