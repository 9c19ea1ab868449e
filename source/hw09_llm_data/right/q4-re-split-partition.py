# Splits the text on "the answer is" with re.split (any case), keeps the last piece and cuts it at its first newline
# with str.partition, then removes "$" and "," with re.sub.
def extract_answer(text):
    pieces = re.split("the answer is", text, flags=re.IGNORECASE)
    if len(pieces) == 1:
        return None
    line = pieces[-1].partition("\n")[0]
    answer = re.sub(r"[$,]", "", line).strip().rstrip(".").strip().lower()
    return answer if answer else None
