# Removes the "$" but forgets the thousands separators: "$1,200" gives "1,200", not "1200".
def extract_answer(text):
    matches = list(re.finditer(r"the answer is", text, flags=re.IGNORECASE))
    if not matches:
        return None
    rest = text[matches[-1].end():].split("\n")[0].replace("$", "")
    return rest.strip().rstrip(".").strip().lower() or None
