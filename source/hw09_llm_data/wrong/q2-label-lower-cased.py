# Lower-cases the class label as part of "normalising" it: "French" becomes "french", although the rules only strip
# the fields (only the dedupe key of Question 3 and the extracted answers of Question 4 are lower-cased).
def format_output_first(instruction, class_label, input_text):
    instruction = instruction.strip()
    label = class_label.strip().lower()
    if input_text is None or input_text.strip() == "":
        return OUTPUT_FIRST_TEMPLATE_NO_INPUT.format(instruction=instruction, label=label)
    return OUTPUT_FIRST_TEMPLATE.format(instruction=instruction, label=label, input=input_text.strip())
