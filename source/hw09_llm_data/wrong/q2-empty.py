# Degenerate stub: returns the empty string.
def format_output_first(instruction, class_label, input_text):
    return ""
