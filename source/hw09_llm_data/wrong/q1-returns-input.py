# Degenerate stub: returns the output field unchanged, with no template.
def format_input_first(instruction, input_text, output):
    return output
