# Cuts the line with rest.splitlines()[0] instead of rest.split("\n")[0]: when nothing follows the last "the answer
# is" (a path that ends there), "".splitlines() is [] and [0] raises IndexError instead of giving None.
def extract_answer(text):
    matches = list(re.finditer(r"the answer is", text, flags=re.IGNORECASE))
    if not matches:
        return None
    rest = text[matches[-1].end():].splitlines()[0].replace("$", "").replace(",", "")
    return rest.strip().rstrip(".").strip().lower() or None
