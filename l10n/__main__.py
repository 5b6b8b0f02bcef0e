"""Allow ``python -m l10n``."""

from l10n.cli import main

main()
