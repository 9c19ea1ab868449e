# Forgets the last "strip whitespace again" step: "The answer is 12 ." gives "12 " (the space before the period stays).
def extract_answer(text):
    matches = list(re.finditer(r"the answer is", text, flags=re.IGNORECASE))
    if not matches:
        return None
    rest = text[matches[-1].end():].split("\n")[0].replace("$", "").replace(",", "")
    return rest.strip().rstrip(".").lower() or None
