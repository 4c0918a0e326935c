-- The target's major version, and whether its user may create the scratch database there.
SELECT pg_catalog.current_setting('server_version_num')::int / 10000,
       (SELECT r.rolcreatedb OR r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user)
