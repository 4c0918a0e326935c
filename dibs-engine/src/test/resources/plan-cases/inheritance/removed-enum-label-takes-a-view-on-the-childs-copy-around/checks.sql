SELECT id || ':' || mood FROM sad_feelings_0;
-- expect: 1:sad
