# Drops the Input line only for None or "": a whitespace-only input still gets an empty "Input: " line.
def format_input_first(instruction, input_text, output):
    if input_text is None or input_text == "":
        return INPUT_FIRST_TEMPLATE_NO_INPUT.format(instruction=instruction.strip(), output=output.strip())
    return INPUT_FIRST_TEMPLATE.format(instruction=instruction.strip(), input=input_text.strip(), output=output.strip())
