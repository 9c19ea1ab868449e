# Captures the rest of the line after "the answer is" with re.findall and keeps the last capture: a capture
# swallows any later "the answer is" on the same line, so "the answer is 4, no, the answer is 5" gives
# "4 no the answer is 5" instead of the last statement's "5".
def extract_answer(text):
    found = re.findall(r"the answer is([^\n]*)", text, flags=re.IGNORECASE)
    if not found:
        return None
    answer = found[-1].replace("$", "").replace(",", "").strip().rstrip(".").strip().lower()
    return answer or None
