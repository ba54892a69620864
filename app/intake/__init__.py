"""Intake: a press release read into a draft meeting, each proposed field and row with the sentence it came from.
Rules and small gazetteers, offline, no Qt and no storage: the services give it the people the desk knows."""
