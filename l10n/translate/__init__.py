"""Pre-translation: the memory, TMX, machine-translation engines, shielding, runner and cache."""
