# Splits the lower-cased text at its last "the answer is" with str.rpartition and cuts the line with str.partition:
# the answer is lower-cased anyway, so searching the lower-cased text finds the same last occurrence.
def extract_answer(text):
    before, phrase, after = text.lower().rpartition("the answer is")
    if not phrase:
        return None
    line = after.partition("\n")[0]
    for character in "$,":
        line = line.replace(character, "")
    return line.strip().rstrip(".").strip() or None
