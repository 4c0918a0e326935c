CREATE TABLE t (id int PRIMARY KEY, net cidr NOT NULL, doc xml NOT NULL, doc2 xml NOT NULL, flags bit(4) NOT NULL, flags2 bit(4) NOT NULL,
    more bit varying(8) NOT NULL);
INSERT INTO t VALUES (1, '10.0.0.0/8', '<a/>', '<b/>', B'1010', B'0110', B'101');
