-- Who holds dibs's migration lock (an advisory lock on a bigint key: classid = high half,
-- objid = low half, objsubid = 1), for the message of a runner that waited too long.
SELECT a.pid, a.usename, a.application_name, a.client_addr, a.backend_start, a.state
  FROM pg_catalog.pg_locks l
  JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
 WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 1
