# Strips the whitespace after the last "the answer is" BEFORE cutting at the end of the line: when the phrase ends
# its line ("The answer is\n42"), the strip removes that newline and the NEXT line ("42") becomes the answer (not None).
def extract_answer(text):
    matches = list(re.finditer(r"the answer is", text, flags=re.IGNORECASE))
    if not matches:
        return None
    rest = text[matches[-1].end():].strip().split("\n")[0]
    rest = rest.replace("$", "").replace(",", "")
    return rest.strip().rstrip(".").strip().lower() or None
