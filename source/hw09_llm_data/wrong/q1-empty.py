# Degenerate stub: returns the empty string.
def format_input_first(instruction, input_text, output):
    return ""
