"""Language analysis of article bodies: sentences and tokens, entities, quotes, time expressions."""
