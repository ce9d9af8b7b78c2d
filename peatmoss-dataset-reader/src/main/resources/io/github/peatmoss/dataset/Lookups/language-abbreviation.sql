-- UNIQUE(abbreviation): the first language that claims an abbreviation keeps it.
UPDATE language SET abbreviation = :value WHERE id = :id AND abbreviation IS NULL
AND NOT EXISTS (SELECT 1 FROM language WHERE abbreviation = :value)
