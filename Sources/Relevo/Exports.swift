@_exported import RelevoHandoff
