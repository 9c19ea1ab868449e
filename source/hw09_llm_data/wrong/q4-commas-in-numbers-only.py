# Removes only the thousands separators, the commas between two digits (re.sub(r"(?<=\d),(?=\d)", "", ...)), instead
# of every ",": "The answer is no, never." gives "no, never" instead of "no never".
def extract_answer(text):
    matches = list(re.finditer(r"the answer is", text, flags=re.IGNORECASE))
    if not matches:
        return None
    rest = text[matches[-1].end():].split("\n")[0].replace("$", "")
    rest = re.sub(r"(?<=\d),(?=\d)", "", rest)
    rest = rest.strip().rstrip(".").strip().lower()
    return rest or None
