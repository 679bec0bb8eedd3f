@_exported import RelevoText
