# Degenerate stub: never finds an answer (always None).
def extract_answer(text):
    return None
