"""The report as a site: a page per article and per shared key, and an index (see build.py)."""
