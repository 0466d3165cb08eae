"""The fact sheet contract between extraction and everything that reads sheets.

    partialdate.py  PartialDate: YYYY / YYYY-MM / YYYY-MM-DD, parsed and checked once
    models.py       FactSheet and its parts (the JSON Schema editors validate against)
    reader.py       the one reader of sheet files (digest check, extraction, the site)
    writer.py       the one writer (atomic, deterministic; emit.py lays out the YAML)
    index.py        what the tool knows of the files it wrote, so unchanged runs skip YAML
    handoff.py      sheets handed on in one process, and what `digest build` gives the site

Import from the modules themselves (this file imports nothing, so that the gazetteer's models
can use `partialdate`, which imports nothing from the project). The rest imports only
`yamlio`, `cache` (pickles) and the gazetteer models' id pattern, never a stage.
"""
