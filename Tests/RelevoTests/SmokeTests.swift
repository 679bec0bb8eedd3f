import Testing
@testable import Relevo
