@_exported import RelevoUnderstanding
