# Writes the text with f-strings and appends the Input line only when the stripped input is non-empty, instead of
# choosing between the two templates: the same string, which is all the rules fix.
def format_output_first(instruction, class_label, input_text):
    text = f"Instruction: {instruction.strip()}\nClass label: {class_label.strip()}"
    if input_text is not None and input_text.strip():
        text += f"\nInput: {input_text.strip()}"
    return text
