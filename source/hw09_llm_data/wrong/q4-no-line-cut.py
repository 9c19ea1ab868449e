# Takes everything after the last "the answer is" to the end of the text, not to the end of its line.
def extract_answer(text):
    matches = list(re.finditer(r"the answer is", text, flags=re.IGNORECASE))
    if not matches:
        return None
    rest = text[matches[-1].end():].replace("$", "").replace(",", "")
    return rest.strip().rstrip(".").strip().lower() or None
