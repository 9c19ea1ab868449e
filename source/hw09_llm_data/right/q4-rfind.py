# Finds the last "the answer is" with str.rfind on the lower-cased text instead of re.finditer.
def extract_answer(text):
    start = text.lower().rfind("the answer is")
    if start < 0:
        return None
    rest = text[start + len("the answer is"):].split("\n")[0]
    answer = rest.replace("$", "").replace(",", "").strip().rstrip(".").strip().lower()
    return answer or None
