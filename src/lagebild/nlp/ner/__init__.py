"""lagebild's own named-entity model: a linear-chain CRF over hand-made features.

No pretrained German pipeline may be installed, so the model is trained here on GermEval 2014
(CC BY 4.0) with `lagebild train ner` and shipped as `models/ner-de.crfsuite`.
"""

BASE_TYPES = ("PER", "ORG", "LOC", "OTH")
"""GermEval's outer types; "-deriv" and "-part" forms become flags on a mention of the base type."""
