-- PTMs per license list: each model's license names, sorted and joined with a newline; NULL for none.
SELECT licenses, count(*) AS n
FROM (SELECT (SELECT group_concat(name, char(10)) FROM
                (SELECT l.name FROM model_to_license j JOIN license l ON l.id = j.license_id
                 WHERE j.model_id = m.id AND l.name IS NOT NULL ORDER BY l.name)) AS licenses
      FROM model m)
GROUP BY licenses
ORDER BY n DESC
