# Uses the input-first order for a classification example: Input before Class label.
def format_output_first(instruction, class_label, input_text):
    head = "Instruction: " + instruction.strip()
    if input_text is None or input_text.strip() == "":
        return head + "\nClass label: " + class_label.strip()
    return head + "\nInput: " + input_text.strip() + "\nClass label: " + class_label.strip()
