# Strips the fields with strip(" \n") instead of str.strip(): spaces and newlines go, but a tab (or a "\r" of a
# Windows line end) at either end stays, and an input of tabs only is not seen as empty.
def format_input_first(instruction, input_text, output):
    instruction, output = instruction.strip(" \n"), output.strip(" \n")
    if input_text is None or input_text.strip(" \n") == "":
        return INPUT_FIRST_TEMPLATE_NO_INPUT.format(instruction=instruction, output=output)
    return INPUT_FIRST_TEMPLATE.format(instruction=instruction, input=input_text.strip(" \n"), output=output)
