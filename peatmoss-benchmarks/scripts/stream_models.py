#!/usr/bin/env python3
"""Baseline for docs/BENCHMARKS.md: streams every model of a PeaTMOSS database with its licenses, tags, authors
and libraries as JSON lines, as `peatmoss dataset models --json` does, with nothing but Python's sqlite3 and json.

    python3 peatmoss-benchmarks/scripts/stream_models.py PeaTMOSS.db > models.jsonl
"""
import json
import sqlite3
import sys


def lookup(db, junction, column, table):
    """Returns {model row id: [names in lookup-id order]} for one many-to-many lookup."""
    values = {}
    query = (f"SELECT j.model_id, l.name FROM {junction} j JOIN {table} l ON l.id = j.{column} "
             f"WHERE l.name IS NOT NULL ORDER BY j.model_id, l.id")
    for model_id, name in db.execute(query):
        values.setdefault(model_id, []).append(name)
    return values


def main(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    licenses = lookup(db, "model_to_license", "license_id", "license")
    tags = lookup(db, "model_to_tag", "tag_id", "tag")
    authors = lookup(db, "model_to_author", "author_id", "author")
    libraries = lookup(db, "model_to_library", "library_id", "library")
    out = sys.stdout
    rows = db.execute("SELECT m.id, m.context_id, h.name, m.downloads, m.likes, m.has_snapshot FROM model m "
                      "LEFT JOIN model_hub h ON h.id = m.model_hub_id ORDER BY m.id")
    for row_id, context_id, hub, downloads, likes, snapshot in rows:
        out.write(json.dumps({"id": str(context_id), "hub": hub, "downloads": downloads, "likes": likes,
                              "licenses": licenses.get(row_id, []), "tags": tags.get(row_id, []),
                              "authors": authors.get(row_id, []), "libraries": libraries.get(row_id, []),
                              "hasSnapshot": bool(snapshot)}, separators=(",", ":")))
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
