# Strips every sentence-ending mark at the end (rstrip(".!?")) instead of only the periods: "The answer is 6!" gives
# "6" instead of "6!".
def extract_answer(text):
    matches = list(re.finditer(r"the answer is", text, flags=re.IGNORECASE))
    if not matches:
        return None
    rest = text[matches[-1].end():].split("\n")[0].replace("$", "").replace(",", "")
    return rest.strip().rstrip(".!?").strip().lower() or None
