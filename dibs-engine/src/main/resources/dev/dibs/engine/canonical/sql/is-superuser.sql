-- Whether the session's user is a superuser ('on' or 'off')
SHOW is_superuser
