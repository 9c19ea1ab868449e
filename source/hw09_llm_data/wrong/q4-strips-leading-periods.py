# Strips periods at BOTH ends with strip(".") instead of only the trailing ones with rstrip("."): "The answer is .5."
# gives "5" instead of ".5".
def extract_answer(text):
    matches = list(re.finditer(r"the answer is", text, flags=re.IGNORECASE))
    if not matches:
        return None
    rest = text[matches[-1].end():].split("\n")[0].replace("$", "").replace(",", "")
    return rest.strip().strip(".").strip().lower() or None
