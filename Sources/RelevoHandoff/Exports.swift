@_exported import RelevoDialogue
