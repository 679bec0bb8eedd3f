@_exported import RelevoDefinitions
