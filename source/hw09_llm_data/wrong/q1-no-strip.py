# Inserts the fields as given, without str.strip(): surrounding spaces and newlines end up in the training text.
def format_input_first(instruction, input_text, output):
    if not input_text:
        return INPUT_FIRST_TEMPLATE_NO_INPUT.format(instruction=instruction, output=output)
    return INPUT_FIRST_TEMPLATE.format(instruction=instruction, input=input_text, output=output)
