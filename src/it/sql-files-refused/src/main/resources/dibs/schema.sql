CREATE FUNCTION answer() RETURNS int LANGUAGE sql RETURN 42;

-- code that runs is not a declaration: refused before anything runs
DO $$
BEGIN
  EXECUTE 'DROP TABLE articles';
END
$$;
