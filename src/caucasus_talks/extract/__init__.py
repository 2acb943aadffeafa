"""Text to draft records: the rule-based extractor (pure Python, no models).

>>> from caucasus_talks.extract import extract
>>> ex = extract(" date 2022-11-10 Blinken said: \\"We are pleased.\\"")
>>> [s.text for s in ex.statements]
['We are pleased.']
"""

from ._bag import extract_bag, extract_to_folder
from .pipeline import Extraction, extract
from .vocabulary.meeting_words import MEETING_WORDS, MeetingWord, PartOfSpeech

__all__ = ["MEETING_WORDS", "Extraction", "MeetingWord", "PartOfSpeech", "extract", "extract_bag", "extract_to_folder"]
