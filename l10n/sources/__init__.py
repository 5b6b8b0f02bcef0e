"""Where articles come from: files, directories, stdin and URLs, with their charset and language.

``resolve`` is the one place that decides an article's format, source URL and language.
"""
