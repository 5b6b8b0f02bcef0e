"""Readers turn an input document into an :class:`~l10n.model.article.Article`."""
