# Walks the lines from the last to the first and takes the rest of the first line (from the end) that holds the
# phrase, after its last occurrence in that line: the same last occurrence of the whole text.
def extract_answer(text):
    for line in reversed(text.split("\n")):
        start = line.lower().rfind("the answer is")
        if start != -1:
            rest = line[start + len("the answer is"):]
            for character in "$,":
                rest = rest.replace(character, "")
            rest = rest.strip().rstrip(".").strip().lower()
            return rest or None
    return None
