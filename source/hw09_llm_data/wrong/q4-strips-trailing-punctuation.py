# Strips every trailing punctuation mark (rstrip(string.punctuation)) instead of only the trailing periods: "15%." gives
# "15" instead of "15%", and "yes!" gives "yes" instead of "yes!".
def extract_answer(text):
    import string

    matches = list(re.finditer(r"the answer is", text, flags=re.IGNORECASE))
    if not matches:
        return None
    rest = text[matches[-1].end():].split("\n")[0].replace("$", "").replace(",", "")
    return rest.strip().rstrip(string.punctuation).strip().lower() or None
