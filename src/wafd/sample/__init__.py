"""The built-in sample mission: the Moroccan digital delegation to the US, February 2024.

``build_sample_mission()`` returns it as a validated ``Mission``; the data
lives in one module per table (organisations, delegates, hosts, places,
requests, programme) so that a reader can check it against the articles.
"""

from wafd.sample.mission import build_sample_mission

__all__ = ["build_sample_mission"]
