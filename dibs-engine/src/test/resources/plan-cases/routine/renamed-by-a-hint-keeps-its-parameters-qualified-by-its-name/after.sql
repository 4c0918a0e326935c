-- a SQL-standard body reading a table prints its parameters qualified by the function's own name
-- (posts_by.uid), and a caller depends on it by name: after the rename both read the new name, so
-- nothing is replaced (a call's implicit column alias would stay the old name: PostgreSQL keeps it), and the
-- names have capitals, kept as they are in the dependencies
CREATE DOMAIN "Score" AS integer CHECK (VALUE >= 0);
CREATE TABLE posts (id int PRIMARY KEY, author int, score "Score");
-- dibs:renamed-from "Post_count"
CREATE FUNCTION "Posts_by"(uid integer) RETURNS bigint LANGUAGE sql STABLE
RETURN (SELECT count(*) FROM posts WHERE author = uid);
CREATE FUNCTION best(min_score "Score") RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC SELECT "Posts_by"(p.author) AS n FROM posts p WHERE p.score >= min_score LIMIT 1; END;
