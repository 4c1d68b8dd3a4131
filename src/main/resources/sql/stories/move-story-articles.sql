UPDATE story_articles SET story_id = $2, assigned_by = 'editor' WHERE story_id = $1
