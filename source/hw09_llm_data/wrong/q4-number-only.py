# Extracts only the leading whole number after the last "the answer is": "3.5" gives "3", "yes" gives None.
def extract_answer(text):
    found = re.findall(r"the answer is\s*\$?\s*(\d+)", text, flags=re.IGNORECASE)
    return found[-1] if found else None
