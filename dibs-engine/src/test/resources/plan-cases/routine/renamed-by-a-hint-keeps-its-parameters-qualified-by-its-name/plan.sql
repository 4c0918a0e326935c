-- hazards: CHANGES_BEHAVIOR
ALTER FUNCTION public."Post_count"(uid integer) RENAME TO "Posts_by";
