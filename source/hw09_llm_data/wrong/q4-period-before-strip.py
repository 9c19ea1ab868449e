# Strips the trailing periods BEFORE stripping whitespace: "12. " (a space at the end of the line) keeps its period.
def extract_answer(text):
    matches = list(re.finditer(r"the answer is", text, flags=re.IGNORECASE))
    if not matches:
        return None
    rest = text[matches[-1].end():].split("\n")[0].replace("$", "").replace(",", "")
    return rest.rstrip(".").strip().lower() or None
