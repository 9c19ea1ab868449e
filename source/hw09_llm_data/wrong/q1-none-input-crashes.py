# Calls input_text.strip() without checking for None first: an input of None raises AttributeError.
def format_input_first(instruction, input_text, output):
    if input_text.strip() == "":
        return INPUT_FIRST_TEMPLATE_NO_INPUT.format(instruction=instruction.strip(), output=output.strip())
    return INPUT_FIRST_TEMPLATE.format(instruction=instruction.strip(), input=input_text.strip(), output=output.strip())
