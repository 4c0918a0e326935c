-- the sequence stays (its value too): it becomes the column's as its default calls it
CREATE TABLE t (id serial);
