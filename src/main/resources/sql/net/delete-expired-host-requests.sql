DELETE FROM host_requests WHERE host = $1 AND until <= clock_timestamp()
