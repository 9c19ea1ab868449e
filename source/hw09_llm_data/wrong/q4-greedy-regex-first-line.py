# Finds the last "the answer is" with a greedy regex, re.search(r".*the answer is(.*)", text, re.IGNORECASE), without
# re.DOTALL: "." stops at newlines, so it finds the last occurrence in the FIRST line that has one, not in the text.
def extract_answer(text):
    match = re.search(r".*the answer is(.*)", text, flags=re.IGNORECASE)
    if match is None:
        return None
    answer = match.group(1).replace("$", "").replace(",", "").strip().rstrip(".").strip().lower()
    return answer or None
