-- Reads the first data page, so a file whose pages are damaged fails on open rather than in the first query.
SELECT count(*) FROM model_hub
