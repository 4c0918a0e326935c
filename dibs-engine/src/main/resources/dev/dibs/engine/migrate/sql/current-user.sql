-- The role whose privileges count (after a SET ROLE too, unlike the sign-in user the driver knows).
SELECT current_user
