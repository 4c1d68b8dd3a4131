-- Requests to host $1 in flight from any instance (expired leases are dropped first, see delete-expired-host-requests).
SELECT count(*) AS busy FROM host_requests WHERE host = $1 AND until > clock_timestamp()
