# Removes the "$" and "," characters LAST, after the whitespace and the trailing periods are stripped, instead of
# first: "the answer is 1,500 $." gives "1500 " (the space before the "$" stays) instead of "1500".
def extract_answer(text):
    matches = list(re.finditer(r"the answer is", text, flags=re.IGNORECASE))
    if not matches:
        return None
    rest = text[matches[-1].end():].split("\n")[0]
    rest = rest.strip().rstrip(".").strip().lower()
    return rest.replace("$", "").replace(",", "") or None
