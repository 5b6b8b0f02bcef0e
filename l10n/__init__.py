"""l10n: translation and localization workflow for news articles on gettext PO catalogs."""

__version__ = "0.1.0"
