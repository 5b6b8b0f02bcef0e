"""Machine translation: engines through deep-translator, shielding, cache and a resumable runner."""
