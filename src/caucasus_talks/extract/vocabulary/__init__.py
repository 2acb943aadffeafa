"""The words the extractor's rules listen for, as tables: meeting words and phrases with their properties, verbs of
saying, titles and roles, and the markers of time, will, sense and manner. Each table is one concept; the rules'
patterns are built from them (:mod:`caucasus_talks.extract._regex`), so extending a rule is adding a row.

Names of people, offices, places and news outlets are knowledge of the talks, not language: they live in the
registries (:mod:`caucasus_talks.registry`).
"""
