"""The site layer: fact sheets and gazetteers in, the digest's static site out.

Reads sheets and gazetteers only (no NLP code). catalog.py gathers every sheet, the
*_page.py modules prepare what each page shows, templates/ print it as Markdown with every
value escaped, generate.py lists all outputs, and plugin.py is the thin MkDocs adapter.
"""
