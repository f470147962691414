"""Pipeline components: sentences, dates, numbers, places, actors, sources, events."""
