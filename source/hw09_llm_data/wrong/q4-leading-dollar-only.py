# Removes only a LEADING dollar sign (lstrip("$") after stripping) instead of every "$": "The answer is -$5." gives
# "-$5" instead of "-5", and "$5 or $6" keeps its second "$".
def extract_answer(text):
    matches = list(re.finditer(r"the answer is", text, flags=re.IGNORECASE))
    if not matches:
        return None
    rest = text[matches[-1].end():].split("\n")[0].replace(",", "")
    rest = rest.strip().lstrip("$").strip().rstrip(".").strip().lower()
    return rest or None
