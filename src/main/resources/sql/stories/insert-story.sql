INSERT INTO stories (title) VALUES ($1) RETURNING id
