SELECT p.title, p.url FROM model_to_paper j JOIN paper p ON p.id = j.paper_id
WHERE j.model_id = :model AND p.title IS NOT NULL ORDER BY j.paper_id
