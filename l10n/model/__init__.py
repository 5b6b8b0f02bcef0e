"""What every stage shares: the article, the placeholder grammar and inline codec, text safety."""
