# Drops the Input line only when the input is None: an empty or blank input still gets "Input: ".
def format_output_first(instruction, class_label, input_text):
    head = "Instruction: " + instruction.strip() + "\nClass label: " + class_label.strip()
    if input_text is None:
        return head
    return head + "\nInput: " + input_text.strip()
