# Takes the text after the FIRST "the answer is" instead of the last one.
def extract_answer(text):
    match = re.search(r"the answer is", text, flags=re.IGNORECASE)
    if match is None:
        return None
    rest = text[match.end():].split("\n")[0].replace("$", "").replace(",", "")
    return rest.strip().rstrip(".").strip().lower() or None
