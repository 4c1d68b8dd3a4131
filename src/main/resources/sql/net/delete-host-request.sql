DELETE FROM host_requests WHERE id = $1
