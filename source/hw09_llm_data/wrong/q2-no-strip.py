# Strips the input only to test whether it is blank: the fields are inserted unstripped.
def format_output_first(instruction, class_label, input_text):
    if input_text is None or input_text.strip() == "":
        return OUTPUT_FIRST_TEMPLATE_NO_INPUT.format(instruction=instruction, label=class_label)
    return OUTPUT_FIRST_TEMPLATE.format(instruction=instruction, label=class_label, input=input_text)
