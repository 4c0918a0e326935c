CREATE VIEW sad_feelings_0 AS SELECT id, mood FROM feelings_0;
