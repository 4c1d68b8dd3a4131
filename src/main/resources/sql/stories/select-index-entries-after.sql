SELECT sa.seq, sa.story_id, sa.article_id, sa.article_date, sa.terms::text AS terms, st.pinned
FROM story_articles sa
         JOIN stories st ON st.id = sa.story_id
WHERE st.merged_into IS NULL
  AND sa.seq > $1
ORDER BY sa.seq
