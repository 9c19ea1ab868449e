# Tests for a blank input with str.isspace(), which is False for "": an empty input "" keeps an empty "Input: " line.
def format_output_first(instruction, class_label, input_text):
    head = "Instruction: " + instruction.strip() + "\nClass label: " + class_label.strip()
    if input_text is None or input_text.isspace():
        return head
    return head + "\nInput: " + input_text.strip()
