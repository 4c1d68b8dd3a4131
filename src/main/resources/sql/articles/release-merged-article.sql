UPDATE articles
SET next_check_at     = NULL,
    check_lease_until = NULL,
    last_status       = 'merged',
    last_error        = $2
WHERE id = $1
