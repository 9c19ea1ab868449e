# Lower-cases the whole text first and splits it on "the answer is", keeping the last piece: the answer is lower-cased
# anyway, so lower-casing before the search gives the same answers as re.finditer with re.IGNORECASE.
def extract_answer(text):
    pieces = text.lower().split("the answer is")
    if len(pieces) == 1:
        return None
    line = pieces[-1].split("\n")[0]
    answer = line.replace("$", "").replace(",", "").strip().rstrip(".").strip()
    return answer or None
