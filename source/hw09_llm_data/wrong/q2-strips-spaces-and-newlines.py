# Strips the fields with strip(" \n") instead of str.strip(): a tab or the "\r" of a Windows line end stays at a
# field's end ("\tpositive\t" keeps its tabs), and an input of tabs only keeps an "Input:" line.
def format_output_first(instruction, class_label, input_text):
    head = "Instruction: " + instruction.strip(" \n") + "\nClass label: " + class_label.strip(" \n")
    if input_text is None or input_text.strip(" \n") == "":
        return head
    return head + "\nInput: " + input_text.strip(" \n")
