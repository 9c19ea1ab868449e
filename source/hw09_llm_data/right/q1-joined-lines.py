# Builds the lines in a list and joins them with "\n" instead of using the templates, and treats None as "" with
# `(input_text or "").strip()`: the same text for every input, since the rules fix only the resulting string.
def format_input_first(instruction, input_text, output):
    lines = ["Instruction: " + instruction.strip()]
    stripped_input = (input_text or "").strip()
    if stripped_input:
        lines.append("Input: " + stripped_input)
    lines.append("Output: " + output.strip())
    return "\n".join(lines)
