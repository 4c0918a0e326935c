CREATE DOMAIN "Score" AS integer CHECK (VALUE >= 0);
CREATE TABLE posts (id int PRIMARY KEY, author int, score "Score");
CREATE FUNCTION "Post_count"(uid integer) RETURNS bigint LANGUAGE sql STABLE
RETURN (SELECT count(*) FROM posts WHERE author = uid);
CREATE FUNCTION best(min_score "Score") RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC SELECT "Post_count"(p.author) AS n FROM posts p WHERE p.score >= min_score LIMIT 1; END;
