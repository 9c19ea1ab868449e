# Keeps an empty "Input:" line when the example has no input instead of dropping the line.
def format_input_first(instruction, input_text, output):
    input_text = "" if input_text is None else input_text
    return INPUT_FIRST_TEMPLATE.format(instruction=instruction.strip(), input=input_text.strip(),
                                       output=output.strip())
