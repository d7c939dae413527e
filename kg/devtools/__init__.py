"""Developer tools: not imported at run time by the kg pipeline."""
