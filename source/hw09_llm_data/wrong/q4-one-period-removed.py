# Removes only ONE trailing period (str.removesuffix): "7..." gives "7.." instead of "7".
def extract_answer(text):
    matches = list(re.finditer(r"the answer is", text, flags=re.IGNORECASE))
    if not matches:
        return None
    rest = text[matches[-1].end():].split("\n")[0].replace("$", "").replace(",", "")
    return rest.strip().removesuffix(".").strip().lower() or None
