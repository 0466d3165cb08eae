"""Meeting Digest: Arabic news articles about political meetings → fact sheets → a static site."""

__version__ = "0.1.0"
