# Searches for "the answer is" case-sensitively: "The answer is 18." at the start of a sentence is missed.
def extract_answer(text):
    matches = list(re.finditer(r"the answer is", text))
    if not matches:
        return None
    rest = text[matches[-1].end():].split("\n")[0].replace("$", "").replace(",", "")
    return rest.strip().rstrip(".").strip().lower() or None
